package app.rounds.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.account.Account;
import app.rounds.account.AccountRepository;
import app.rounds.common.error.InvalidInput;
import app.rounds.connection.ConnectionFigures;
import app.rounds.dashboard.TrendsResponse.Absentee;
import app.rounds.dashboard.TrendsResponse.EventTrend;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.event.EventStatus;
import app.rounds.followup.FollowUpFigures;
import app.rounds.registration.AttendanceFigures;
import app.rounds.referral.ReferralFigures;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Events across time: one aggregate per owning feature over the chosen events, joined here by event id. A fixed
 * number of statements whatever the number of events.
 */
@ApplicationScoped
class TrendsService {

    static final int MAX_EVENTS = 500;
    static final int NEVER_CAME_MIN_REGISTRATIONS = 2;
    static final int NEVER_CAME_LIMIT = 50;
    private static final Pattern CITY = Pattern.compile("\\p{L}[\\p{L} .'\\-]{0,99}");

    private final EventRepository events;
    private final AttendanceFigures attendance;
    private final ConnectionFigures connections;
    private final FollowUpFigures followUps;
    private final ReferralFigures referrals;
    private final AccountRepository accounts;
    private final Clock clock;

    TrendsService(EventRepository events, AttendanceFigures attendance, ConnectionFigures connections,
                  FollowUpFigures followUps, ReferralFigures referrals, AccountRepository accounts, Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.connections = connections;
        this.followUps = followUps;
        this.referrals = referrals;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    TrendsResponse of(String rawCity, OffsetDateTime from, OffsetDateTime to) {
        String city = city(rawCity);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        List<Event> chosen = chosen(city, from, to);
        List<UUID> ids = chosen.stream().map(Event::id).toList();
        Map<UUID, AttendanceFigures.EventAttendance> seats = attendance.acrossEvents(ids).stream()
                .collect(Collectors.toMap(AttendanceFigures.EventAttendance::eventId, Function.identity()));
        Map<UUID, Long> made = connections.countsAt(ids);
        Map<UUID, FollowUpFigures.Progress> progress = followUps.progressAt(ids);
        Map<UUID, Long> reported = referrals.referralsAt(ids);
        List<EventTrend> trends = new ArrayList<>();
        for (Event event : chosen) {
            var seated = seats.getOrDefault(event.id(), new AttendanceFigures.EventAttendance(event.id(), 0, 0, 0));
            long connected = made.getOrDefault(event.id(), 0L);
            var tasks = progress.getOrDefault(event.id(), new FollowUpFigures.Progress(0, 0));
            trends.add(new EventTrend(event.id(), event.title(), event.city(), event.startsAt().atOffset(ZoneOffset.UTC),
                    seated.registered(), seated.attended(), seated.firstTimers(), seated.attended() - seated.firstTimers(),
                    connected, seated.attended() == 0 ? null : 2.0 * connected / seated.attended(),
                    tasks.tasks() == 0 ? null : (double) tasks.done() / tasks.tasks(),
                    reported.getOrDefault(event.id(), 0L)));
        }
        return new TrendsResponse(city, from, to, trends, neverCame(ids), Definitions.TRENDS);
    }

    private static String city(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String city = raw.strip();
        if (!CITY.matcher(city).matches()) {
            throw new InvalidInput("city", "must be a city name: letters, spaces and . ' - only, at most 100 characters");
        }
        return city;
    }

    private List<Event> chosen(String city, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder where = new StringBuilder("status in :statuses");
        Parameters parameters = Parameters.with("statuses", List.of(EventStatus.PUBLISHED, EventStatus.COMPLETED));
        if (city != null) {
            where.append(" and lower(city) = lower(:city)");
            parameters.and("city", city);
        }
        if (from != null) {
            where.append(" and startsAt >= :from");
            parameters.and("from", from.toInstant());
        }
        if (to != null) {
            where.append(" and startsAt < :to");
            parameters.and("to", to.toInstant());
        }
        return events.find(where.toString(), Sort.by("startsAt").and("id"), parameters).page(0, MAX_EVENTS).list();
    }

    private List<Absentee> neverCame(List<UUID> ids) {
        Instant now = clock.instant();
        List<AttendanceFigures.Absentee> absent = attendance.neverCame(ids, NEVER_CAME_MIN_REGISTRATIONS, NEVER_CAME_LIMIT, now);
        if (absent.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = accounts.list("id in ?1", absent.stream().map(AttendanceFigures.Absentee::accountId).toList())
                .stream().collect(Collectors.toMap(Account::id, Account::displayName));
        return absent.stream().map(one -> new Absentee(one.accountId(), names.getOrDefault(one.accountId(), ""),
                one.registrations())).toList();
    }
}
