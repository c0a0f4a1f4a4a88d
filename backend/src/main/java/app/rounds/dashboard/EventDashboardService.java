package app.rounds.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.attendee.Specialty;
import app.rounds.attendee.SpecialtyMix;
import app.rounds.attendee.SpecialtyVocabulary;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import app.rounds.connection.ConnectionFigures;
import app.rounds.dashboard.EventDashboardResponse.CheckIns;
import app.rounds.dashboard.EventDashboardResponse.Connections;
import app.rounds.dashboard.EventDashboardResponse.FollowUps;
import app.rounds.dashboard.EventDashboardResponse.Introductions;
import app.rounds.dashboard.EventDashboardResponse.KindCount;
import app.rounds.dashboard.EventDashboardResponse.OriginCount;
import app.rounds.dashboard.EventDashboardResponse.Outcomes;
import app.rounds.dashboard.EventDashboardResponse.ReferralMonth;
import app.rounds.dashboard.EventDashboardResponse.Registration;
import app.rounds.dashboard.EventDashboardResponse.SpecialtyCount;
import app.rounds.dashboard.EventDashboardResponse.SpecialtyPair;
import app.rounds.dashboard.EventDashboardResponse.Specialties;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.followup.FollowUpFigures;
import app.rounds.introduction.IntroductionFigures;
import app.rounds.registration.AttendanceFigures;
import app.rounds.referral.ReferralFigures;

/**
 * Gathers one event's figures from the features that own the data, each of which counts its own rows in SQL; this
 * class only derives the rates and shapes the response. A fixed number of statements whatever the event's size, and
 * two while the figures kept by {@link DashboardSnapshots} are still exact: an ended event is counted once, not on
 * every refresh of every organizer.
 */
@ApplicationScoped
class EventDashboardService {

    private final EventRepository events;
    private final AttendanceFigures attendance;
    private final IntroductionFigures introductions;
    private final ConnectionFigures connections;
    private final FollowUpFigures followUps;
    private final ReferralFigures referrals;
    private final SpecialtyMix specialtyMix;
    private final SpecialtyVocabulary vocabulary;
    private final DashboardSnapshots snapshots;
    private final Clock clock;

    EventDashboardService(EventRepository events, AttendanceFigures attendance, IntroductionFigures introductions,
                          ConnectionFigures connections, FollowUpFigures followUps, ReferralFigures referrals,
                          SpecialtyMix specialtyMix, SpecialtyVocabulary vocabulary, DashboardSnapshots snapshots,
                          Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.introductions = introductions;
        this.connections = connections;
        this.followUps = followUps;
        this.referrals = referrals;
        this.specialtyMix = specialtyMix;
        this.vocabulary = vocabulary;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * The figures as of now; check-ins and follow-up tasks limited to [from, to) when either is given. Without a range
     * they are served from the kept snapshot while it is still exact, and computed and kept otherwise.
     */
    @Transactional
    EventDashboardResponse of(UUID eventId, OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        Event event = events.findByIdOptional(eventId).orElseThrow(() -> new NotFound("Event"));
        Instant now = clock.instant();
        EventFigures figures = from == null && to == null
                ? snapshots.valid(eventId, now).orElseGet(() -> computeAndKeep(event, now))
                : compute(event, now, from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return new EventDashboardResponse(event.id(), event.title(), at(event.startsAt()), at(event.endsAt()), at(now),
                from, to, figures.registration(), figures.introductions(), figures.connections(), figures.followUps(),
                figures.outcomes(), figures.specialties(), Definitions.ALL);
    }

    private EventFigures computeAndKeep(Event event, Instant now) {
        DashboardSnapshots.Versions versions = snapshots.versions(event.id());
        EventFigures figures = compute(event, now, null, null);
        snapshots.keep(event.id(), versions, now, nextTurn(event, now), figures);
        return figures;
    }

    private EventFigures compute(Event event, Instant now, Instant from, Instant to) {
        return new EventFigures(registration(event, now, from, to), introductions(event, now), connections(event.id()),
                followUps(event.id(), from, to, now), outcomes(event.id()), specialties(event.id()));
    }

    /** The first instant after {@code now} at which a figure turns by time alone; null when none ever will. */
    private Instant nextTurn(Event event, Instant now) {
        return Stream.of(AttendanceFigures.nextTurn(event.endsAt(), now), introductions.nextExpiry(event.id(), now),
                        followUps.nextDue(event.id(), now))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private Registration registration(Event event, Instant now, Instant from, Instant to) {
        AttendanceFigures.Attendance counted = attendance.of(event.id(), now);
        List<CheckIns> overTime = attendance.overTime(event.id(), from, to).stream()
                .map(slot -> new CheckIns(at(slot.from()), slot.count())).toList();
        return new Registration(event.capacity(), counted.registered(), counted.checkedIn(), counted.waitlisted(),
                counted.cancelled(), counted.noShows(), overTime);
    }

    private Introductions introductions(Event event, Instant now) {
        IntroductionFigures.Funnel funnel = introductions.of(event, now);
        return new Introductions(funnel.requested(), funnel.pending(), funnel.accepted(), funnel.declined(),
                funnel.withdrawn(), funnel.expired(), funnel.met(),
                share(funnel.accepted(), funnel.accepted() + funnel.declined() + funnel.expired()),
                funnel.medianSecondsToAnswer(), funnel.brokered(), funnel.selfRequested(), funnel.openRequestLimit(),
                funnel.allowanceUsed(), share(funnel.allowanceUsed(), funnel.allowance()));
    }

    private Connections connections(UUID eventId) {
        ConnectionFigures.Made made = connections.madeAt(eventId);
        List<OriginCount> byOrigin = made.byOrigin().entrySet().stream()
                .map(origin -> new OriginCount(origin.getKey(), origin.getValue())).toList();
        return new Connections(made.attendees(), made.attendeesConnected(), share(made.attendeesConnected(), made.attendees()),
                byOrigin);
    }

    private FollowUps followUps(UUID eventId, Instant from, Instant to, Instant now) {
        FollowUpFigures.Figures plans = followUps.of(eventId, from, to, now);
        List<KindCount> byKind = plans.byKind().stream()
                .map(kind -> new KindCount(kind.kind(), kind.tasks(), kind.done(), kind.skipped(), kind.open(), kind.overdue()))
                .toList();
        return new FollowUps(plans.connectionsWithPlan(), plans.doneWithinWeek(),
                share(plans.doneWithinWeek(), plans.connectionsWithPlan()),
                sum(byKind, KindCount::tasks), sum(byKind, KindCount::done), sum(byKind, KindCount::skipped),
                sum(byKind, KindCount::open), sum(byKind, KindCount::overdue), byKind);
    }

    private Outcomes outcomes(UUID eventId) {
        return new Outcomes(referrals.byMonthAfter(eventId).stream()
                .map(month -> new ReferralMonth(month.month().toString(), month.monthsAfter(), month.reports(),
                        month.referralsSent(), month.referralsReceived()))
                .toList());
    }

    private Specialties specialties(UUID eventId) {
        List<SpecialtyMix.Share> shares = specialtyMix.seatedAt(eventId);
        long withoutProfile = shares.stream().filter(share -> share.specialtyCode() == null)
                .mapToLong(SpecialtyMix.Share::attendees).sum();
        List<SpecialtyCount> mix = shares.stream().filter(share -> share.specialtyCode() != null)
                .map(share -> new SpecialtyCount(share.specialtyCode(), name(share.specialtyCode()), share.attendees()))
                .toList();
        List<SpecialtyPair> pairs = connections.bySpecialtyPair(eventId).stream()
                .map(pair -> new SpecialtyPair(pair.specialtyA(), name(pair.specialtyA()), pair.specialtyB(),
                        name(pair.specialtyB()), pair.connections()))
                .toList();
        return new Specialties(mix, withoutProfile, pairs);
    }

    private String name(String specialtyCode) {
        return vocabulary.find(specialtyCode).map(Specialty::name).orElse(specialtyCode);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static long sum(List<KindCount> kinds, java.util.function.ToLongFunction<KindCount> figure) {
        return kinds.stream().mapToLong(figure).sum();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
