package app.rounds.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.rounds.account.EmailVerification;
import app.rounds.attendee.CellSharingDefault;
import app.rounds.attendee.ProfileRepository;
import app.rounds.common.error.Conflict;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotAllowed;
import app.rounds.common.error.NotFound;
import app.rounds.common.security.ShortCodes;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.event.EventStatus;
import app.rounds.notification.NotificationKind;
import app.rounds.notification.NotificationSubject;
import app.rounds.notification.Notifications;
import app.rounds.registration.RegistrationRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * Making connections (from an accepted introduction, or by scanning someone's code at an event) and each side's
 * consent to show the other its cell number.
 */
@ApplicationScoped
public class ConnectionService {

    private final ConnectionRepository connections;
    private final ConnectCodeRepository codes;
    private final ProfileRepository profiles;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Notifications notifications;
    private final EmailVerification verification;
    private final ConnectionConfig config;
    private final jakarta.enterprise.event.Event<ConnectionMade> made;
    private final Clock clock;

    ConnectionService(ConnectionRepository connections, ConnectCodeRepository codes, ProfileRepository profiles,
                      EventRepository events, RegistrationRepository registrations, Notifications notifications,
                      EmailVerification verification,
                      ConnectionConfig config, jakarta.enterprise.event.Event<ConnectionMade> made, Clock clock) {
        this.connections = connections;
        this.codes = codes;
        this.profiles = profiles;
        this.events = events;
        this.registrations = registrations;
        this.notifications = notifications;
        this.verification = verification;
        this.config = config;
        this.made = made;
        this.clock = clock;
    }

    /**
     * Connects two people, each side's cell consent starting from their profile setting; an existing pair is kept.
     * A new pair is announced as {@link ConnectionMade} in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Connected connect(UUID one, UUID other, ConnectionOrigin origin, UUID eventId, UUID introductionId) {
        Map<UUID, CellSharingDefault> sharing = profiles.cellSharingDefaults(List.of(one, other));
        Connection connection = Connection.between(one, other,
                CellConsent.initialFor(sharing.getOrDefault(one, CellSharingDefault.ASK)),
                CellConsent.initialFor(sharing.getOrDefault(other, CellSharingDefault.ASK)),
                origin, eventId, introductionId, clock.instant());
        boolean created = connections.insertIfAbsent(connection);
        Connection stored = connections.between(one, other).orElseThrow();
        if (created) {
            made.fire(new ConnectionMade(stored));
        }
        return new Connected(stored, created);
    }

    /** A fresh personal code for the attendee to show at an event they hold a seat at. */
    @Transactional
    public ConnectCode.Issued issueCode(UUID eventId, UUID owner) {
        Event event = NotFound.unlessHidden(events.findByIdOptional(eventId), Event::isVisibleToAttendees, "Event");
        if (event.status() != EventStatus.PUBLISHED) {
            throw new Conflict("Connect codes work only while the event is published; it is " + event.status().name().toLowerCase());
        }
        if (!registrations.attends(eventId, owner)) {
            throw new NotAllowed("Only attendees holding a seat at this event can show a connect code");
        }
        ConnectCode.Issued issued = ConnectCode.issue(owner, eventId, ShortCodes.unusedCode(codes::shortCodeTaken),
                config.codeLifetime(), clock.instant());
        codes.persist(issued.code());
        return issued;
    }

    /**
     * Scanning someone's code connects the two at once; scanning it again returns the same connection. The short code
     * typed instead (already normalised) works the same way.
     */
    @Transactional
    public Connected scan(String token, String shortCode, UUID scanner) {
        ConnectCode code = (shortCode != null ? codes.findByShortCode(shortCode) : codes.findByToken(token.strip()))
                .orElseThrow(() -> new InvalidInput("code", "is not a Rounds connect code; ask them to show it again"));
        if (code.expiredAt(clock.instant())) {
            throw new InvalidInput("code", "has expired; ask them to show a fresh code");
        }
        if (code.accountId().equals(scanner)) {
            throw new InvalidInput("code", "is your own code; scan the code of the person you want to connect with");
        }
        if (!registrations.attends(code.eventId(), scanner)) {
            throw new NotAllowed("Only attendees holding a seat at this event can connect by scanning");
        }
        if (!registrations.attends(code.eventId(), code.accountId())) {
            throw new InvalidInput("code", "belongs to someone who no longer holds a seat at this event");
        }
        Connected connected = connect(scanner, code.accountId(), ConnectionOrigin.SCAN, code.eventId(), null);
        if (connected.created()) {
            String scannerName = profiles.nameOf(scanner);
            notifications.send(code.accountId(), NotificationKind.CONNECTED,
                    scannerName + " scanned your code: you are now connected", code.eventId(),
                    NotificationSubject.connection(connected.connection().id(), scanner, scannerName));
        }
        return connected;
    }

    @Transactional
    public ConnectionRepository.Row decideCellConsent(UUID connectionId, UUID owner, CellConsent consent) {
        if (consent == CellConsent.GRANTED) {
            // Refusing or undeciding is always allowed: it shares nothing.
            verification.requireVerified(owner);
        }
        // Both sides may decide at the same moment; each waits for the other's decision rather than overwriting it.
        connections.findByIdOptional(connectionId, LockModeType.PESSIMISTIC_WRITE);
        ConnectionRepository.Row row = mine(connectionId, owner);
        row.connection().decideCellConsent(owner, consent, clock.instant());
        return row;
    }

    /** One of the caller's connections with its event; anyone else's is reported as not found. */
    public ConnectionRepository.Row mine(UUID connectionId, UUID party) {
        return connections.findOf(connectionId, party).orElseThrow(() -> new NotFound("Connection"));
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpiredCodes() {
        codes.deleteExpired(clock.instant());
    }

    public record Connected(Connection connection, boolean created) {
    }
}
