package app.rounds.bulk;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.attendee.AttendeeProfileResponse;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import app.rounds.event.EventRepository;
import app.rounds.followup.FollowUpFigures;
import app.rounds.introduction.Introduction;
import app.rounds.introduction.IntroductionQueries;
import app.rounds.registration.Registration;
import app.rounds.registration.RegistrationQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An event's lists as CSV for organizers and their integrations, written a page at a time (each page read in its own
 * short transaction and flushed before the next is read), so a large event never sits in memory whole. Each list asks
 * its owning feature for its rows and rules: profiles as the directory shows them to this viewer, introductions as an
 * organizer lists them (never their reason or answer), follow-ups as counts only (never a title).
 */
@ApplicationScoped
public class EventExports {

    private static final int PAGE = 500;

    private final EventRepository events;
    private final RegistrationQueries registrations;
    private final ProfileDirectory profiles;
    private final IntroductionQueries introductions;
    private final FollowUpFigures followUps;
    private final Clock clock;

    EventExports(EventRepository events, RegistrationQueries registrations, ProfileDirectory profiles,
                 IntroductionQueries introductions, FollowUpFigures followUps, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.introductions = introductions;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Who exports: an organizer, or an integration (whose id names no account). {@code seesProfiles} is false for an
     * integration without {@code attendees:read}: it gets the registrations with names only.
     */
    public record Exporter(UUID id, boolean isIntegration, boolean seesProfiles) {
    }

    /** The event's title, for the file's name; refuses an unknown event before any byte is written. */
    public String titleOf(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> events.findByIdOptional(eventId)
                .orElseThrow(() -> new NotFound("Event")).title());
    }

    public void registrations(UUID eventId, Exporter exporter, OutputStream out) {
        try (var csv = new SpreadsheetSafeCsv(out, "Registration ID", "Status", "Waitlist position", "Registered at",
                "Checked in at", "Attendee ID", "Name", "Credentials", "Specialty", "Practice", "City", "Email",
                "Cell number", "LinkedIn", "Website")) {
            Cursor after = null;
            while (true) {
                Cursor from = after;
                var page = QuarkusTransaction.requiringNew().call(() -> {
                    List<RegistrationQueries.Row> rows = registrations.allOfEvent(eventId, from, PAGE);
                    return new RegistrationPage(rows, exporter.seesProfiles() ? profilesOf(rows, exporter) : Map.of());
                });
                for (RegistrationQueries.Row row : page.rows()) {
                    Registration registration = row.registration();
                    AttendeeProfileResponse profile = page.profiles().get(registration.accountId());
                    csv.row(registration.id(), registration.status(), row.waitlistRank(), registration.createdAt(),
                            registration.checkedInAt(), registration.accountId(),
                            profile == null ? row.attendeeName() : profile.fullName(),
                            profile == null ? null : profile.credentials().stream().map(Enum::name).collect(Collectors.joining(" ")),
                            profile == null || profile.specialty() == null ? null : profile.specialty().name(),
                            profile == null ? null : profile.practiceName(), profile == null ? null : profile.city(),
                            profile == null ? null : profile.email(), profile == null ? null : profile.cellNumber(),
                            profile == null ? null : profile.linkedinUrl(), profile == null ? null : profile.websiteUrl());
                }
                csv.flush();
                if (page.rows().size() < PAGE) {
                    return;
                }
                Registration last = page.rows().get(page.rows().size() - 1).registration();
                after = new Cursor(last.createdAt(), last.id());
            }
        }
    }

    public void introductions(UUID eventId, OutputStream out) {
        Instant now = clock.instant();
        try (var csv = new SpreadsheetSafeCsv(out, "Introduction ID", "Kind", "Status", "Proposed by", "Party A", "Party B",
                "Party A answer", "Party B answer", "Created at", "Answered at", "Met (party A) at", "Met (party B) at",
                "Connection ID")) {
            Cursor after = null;
            while (true) {
                Cursor from = after;
                List<IntroductionQueries.Row> rows = QuarkusTransaction.requiringNew()
                        .call(() -> introductions.ofEvent(eventId, now, from, PAGE));
                for (IntroductionQueries.Row row : rows) {
                    Introduction introduction = row.introduction();
                    csv.row(introduction.id(), introduction.kind(), introduction.statusAt(now), row.proposerName(),
                            row.partyAName(), row.partyBName(), introduction.partyAAnswer(), introduction.partyBAnswer(),
                            introduction.createdAt(), introduction.answeredAt(), introduction.metByAAt(),
                            introduction.metByBAt(), row.connectionId());
                }
                csv.flush();
                if (rows.size() < PAGE) {
                    return;
                }
                Introduction last = rows.get(rows.size() - 1).introduction();
                after = new Cursor(last.createdAt(), last.id());
            }
        }
    }

    public void followUps(UUID eventId, OutputStream out) {
        Instant now = clock.instant();
        try (var csv = new SpreadsheetSafeCsv(out, "Attendee ID", "Name", "Connections with a plan", "Tasks", "Done",
                "Skipped", "Open", "Overdue")) {
            UUID after = null;
            while (true) {
                UUID from = after;
                List<FollowUpFigures.OwnerCount> rows = QuarkusTransaction.requiringNew()
                        .call(() -> followUps.perOwner(eventId, now, from, PAGE));
                for (FollowUpFigures.OwnerCount row : rows) {
                    csv.row(row.ownerId(), row.ownerName(), row.connections(), row.tasks(), row.done(), row.skipped(),
                            row.open(), row.overdue());
                }
                csv.flush();
                if (rows.size() < PAGE) {
                    return;
                }
                after = rows.get(rows.size() - 1).ownerId();
            }
        }
    }

    private Map<UUID, AttendeeProfileResponse> profilesOf(List<RegistrationQueries.Row> rows, Exporter exporter) {
        List<UUID> owners = rows.stream().map(row -> row.registration().accountId()).toList();
        return exporter.isIntegration() ? profiles.visibleToIntegration(exporter.id(), owners)
                : profiles.visibleTo(exporter.id(), true, owners);
    }

    private record RegistrationPage(List<RegistrationQueries.Row> rows, Map<UUID, AttendeeProfileResponse> profiles) {
    }
}
