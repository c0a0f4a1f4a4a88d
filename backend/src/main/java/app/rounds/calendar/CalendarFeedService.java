package app.rounds.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.persistence.ChangeStamp;
import app.rounds.followup.FollowUpCalendar;
import app.rounds.registration.AttendanceCalendar;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Attendees' secret feed URLs and what a feed shows, with the validators that let calendar apps skip unchanged feeds. */
@ApplicationScoped
public class CalendarFeedService implements PanacheRepositoryBase<CalendarFeed, UUID> {

    /** Raised when what a feed renders changes shape, so every cached copy is refetched. */
    private static final String FORMAT = "1";

    private final FeedTokens tokens;
    private final AttendanceCalendar attendance;
    private final FollowUpCalendar followUps;
    private final CalendarConfig config;
    private final Clock clock;

    CalendarFeedService(FeedTokens tokens, AttendanceCalendar attendance, FollowUpCalendar followUps, CalendarConfig config,
                        Clock clock) {
        this.tokens = tokens;
        this.attendance = attendance;
        this.followUps = followUps;
        this.config = config;
        this.clock = clock;
    }

    /** The feed's token: the caller's feed, made on first use. */
    @Transactional
    public Issued feedOf(UUID accountId) {
        CalendarFeed feed = findByIdOptional(accountId).orElseGet(() -> {
            CalendarFeed issued = CalendarFeed.issue(accountId, tokens, clock.instant());
            persist(issued);
            return issued;
        });
        return new Issued(feed.token(tokens), feed.createdAt());
    }

    /** A new token; the old URL answers 404 from now on. */
    @Transactional
    public Issued regenerate(UUID accountId) {
        Optional<CalendarFeed> existing = findByIdOptional(accountId);
        CalendarFeed feed = existing.orElseGet(() -> CalendarFeed.issue(accountId, tokens, clock.instant()));
        if (existing.isPresent()) {
            feed.renew(tokens, clock.instant());
        } else {
            persist(feed);
        }
        return new Issued(feed.token(tokens), feed.createdAt());
    }

    /**
     * The feed behind a token as a calendar app asked for it, in one transaction: nothing for a malformed, revoked or
     * never-issued token alike; no body when the app's copy is current; else the rendered feed.
     */
    @Transactional
    public Optional<Answer> answer(String token, String ifNoneMatch, Instant ifModifiedSince, String appUrl) {
        return ownerOf(token).map(owner -> {
            Validators validators = validators(owner);
            return validators.unchangedFor(ifNoneMatch, ifModifiedSince) ? new Answer(validators, null)
                    : new Answer(validators, render(owner, appUrl));
        });
    }

    /** What to send: the validators always, the feed unless the client's copy is current. */
    public record Answer(Validators validators, String body) {

        public boolean notModified() {
            return body == null;
        }
    }

    private Optional<UUID> ownerOf(String token) {
        if (!FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return find("tokenHash", FeedTokens.hash(token)).firstResultOptional().map(CalendarFeed::accountId);
    }

    /**
     * What decides whether a feed changed: the window's start and, for events and follow-ups, how many are shown,
     * the latest change to any of them (a cancelled registration, a removed or skipped task included) and the sum of
     * their revisions. Two statements, no rendering.
     */
    Validators validators(UUID owner) {
        Instant windowStart = windowStart();
        ChangeStamp events = attendance.stamp(owner, windowStart);
        ChangeStamp tasks = followUps.stamp(owner, windowStart);
        String fingerprint = String.join("|", FORMAT, windowStart.toString(),
                events.shown() + "", String.valueOf(events.lastChange()), events.revisions() + "",
                tasks.shown() + "", String.valueOf(tasks.lastChange()), tasks.revisions() + "");
        Instant lastChange = Stream.of(windowStart, events.lastChange(), tasks.lastChange())
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElseThrow();
        return new Validators("\"" + sha256(fingerprint).substring(0, 32) + "\"", lastChange, clock.instant());
    }

    private String render(UUID owner, String appUrl) {
        Instant windowStart = windowStart();
        List<AttendanceCalendar.Entry> events = attendance.entries(owner, windowStart);
        List<FollowUpCalendar.Entry> tasks = followUps.entries(owner, windowStart);
        return IcsWriter.feed(events, tasks, appUrl);
    }

    /** Moves once a day, so items leave the window (and the validators change) at most daily. */
    private Instant windowStart() {
        return clock.instant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minus(config.pastWindow()).toInstant();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Issued(String token, Instant createdAt) {
    }

    /**
     * An entity tag and a last-modified time. The time is given to clients only once its second has passed: a second
     * change within the same second would otherwise leave the date unchanged and an If-Modified-Since client stale.
     */
    public record Validators(String etag, Instant lastModified, Instant now) {

        public Optional<Instant> lastModifiedToSend() {
            Instant second = lastModified.truncatedTo(ChronoUnit.SECONDS);
            return now.truncatedTo(ChronoUnit.SECONDS).isAfter(second) ? Optional.of(second) : Optional.empty();
        }

        /** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since. */
        public boolean unchangedFor(String ifNoneMatch, Instant ifModifiedSince) {
            if (ifNoneMatch != null) {
                return Stream.of(ifNoneMatch.split(",")).map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
            }
            return ifModifiedSince != null && lastModifiedToSend().map(sent -> !sent.isAfter(ifModifiedSince)).orElse(false);
        }
    }
}
