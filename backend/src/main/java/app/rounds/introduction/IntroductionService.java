package app.rounds.introduction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.rounds.account.EmailVerification;
import app.rounds.attendee.ProfileRepository;
import app.rounds.common.error.Conflict;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotAllowed;
import app.rounds.common.error.NotFound;
import app.rounds.common.persistence.UniqueViolation;
import app.rounds.connection.ConnectionOrigin;
import app.rounds.connection.ConnectionRepository;
import app.rounds.connection.ConnectionService;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.event.EventStatus;
import app.rounds.notification.NotificationKind;
import app.rounds.notification.NotificationSubject;
import app.rounds.notification.Notifications;
import app.rounds.registration.RegistrationRepository;

/**
 * Asking for, brokering and answering introductions. A requester's open requests at an event are counted while
 * holding their seat's row lock, so concurrent requests never exceed the event's limit; the database's partial unique
 * index keeps one open introduction per pair and event whatever the interleaving.
 */
@ApplicationScoped
public class IntroductionService {

    private static final int EXPIRY_BATCH = 500;

    private final IntroductionRepository introductions;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final ConnectionRepository connectionRepository;
    private final ConnectionService connections;
    private final Notifications notifications;
    private final IntroductionMails mails;
    private final EmailVerification verification;
    private final ProfileRepository profiles;
    private final Duration expireAfter;
    private final Clock clock;

    IntroductionService(IntroductionRepository introductions, EventRepository events, RegistrationRepository registrations,
                        ConnectionRepository connectionRepository, ConnectionService connections, Notifications notifications,
                        IntroductionMails mails, EmailVerification verification, ProfileRepository profiles,
                        @ConfigProperty(name = "rounds.introductions.expire-after") Duration expireAfter, Clock clock) {
        this.introductions = introductions;
        this.events = events;
        this.registrations = registrations;
        this.connectionRepository = connectionRepository;
        this.connections = connections;
        this.notifications = notifications;
        this.mails = mails;
        this.verification = verification;
        this.profiles = profiles;
        this.expireAfter = expireAfter;
        this.clock = clock;
    }

    /** An attendee asks to meet another attendee of the same event. */
    @Transactional
    public Introduction request(UUID eventId, UUID requester, UUID recipient, String reason) {
        verification.requireVerified(requester);
        Event event = eventTakingIntroductions(eventId);
        if (requester.equals(recipient)) {
            throw new InvalidInput("recipientId", "is you; ask to meet someone else");
        }
        if (registrations.lockSeat(eventId, requester).isEmpty()) {
            throw new NotAllowed("Only attendees holding a seat at this event can ask for introductions there");
        }
        requireAttends(eventId, recipient, "recipientId");
        Instant now = clock.instant();
        requireNewPair(eventId, requester, recipient, now);
        long open = introductions.openRequestsOf(requester, eventId, now);
        if (open >= openRequestLimit(event)) {
            throw new Conflict("You have " + open + " unanswered requests at this event, its limit; wait for an answer"
                    + " or withdraw one first");
        }
        Introduction introduction = Introduction.requested(eventId, requester, recipient, reason, closingOf(event), now);
        persistOnce(introduction);
        String requesterName = profiles.nameOf(requester);
        notifications.send(recipient, NotificationKind.INTRODUCTION_REQUESTED,
                requesterName + " would like to meet you at " + event.title() + ": " + introduction.reason(), eventId,
                NotificationSubject.introduction(introduction.id(), requester, requesterName));
        mails.requested(introduction, event);
        return introduction;
    }

    /** An organizer, or an attendee connected to both, proposes that two attendees meet. */
    @Transactional
    public Introduction broker(UUID eventId, UUID broker, boolean brokerIsOrganizer, UUID partyA, UUID partyB, String reason) {
        verification.requireVerified(broker);
        Event event = eventTakingIntroductions(eventId);
        if (partyA.equals(partyB)) {
            throw new InvalidInput("partyBId", "must be someone other than partyAId");
        }
        if (broker.equals(partyA) || broker.equals(partyB)) {
            throw new InvalidInput(broker.equals(partyA) ? "partyAId" : "partyBId",
                    "is you; to meet someone, ask for an introduction with recipientId instead");
        }
        if (!brokerIsOrganizer && !connectionRepository.connectedToBoth(broker, partyA, partyB)) {
            throw new NotAllowed("Only organizers and attendees connected to both people can broker an introduction");
        }
        Instant now = clock.instant();
        if (brokerIsOrganizer) {
            requireAttends(eventId, partyA, "partyAId");
            requireAttends(eventId, partyB, "partyBId");
            requireNewPair(eventId, partyA, partyB, now);
        } else if (!registrations.attends(eventId, partyA) || !registrations.attends(eventId, partyB)
                || pairRefusal(eventId, partyA, partyB, now).isPresent()) {
            // Whether either attends, or what passed between them, is not the broker's to learn from the refusal.
            throw new Conflict("These two cannot be introduced at this event");
        }
        Introduction introduction = Introduction.brokered(eventId, broker, partyA, partyB, reason, closingOf(event), now);
        persistOnce(introduction);
        String brokerName = profiles.nameOf(broker);
        for (UUID party : List.of(partyA, partyB)) {
            UUID other = introduction.otherParty(party);
            String otherName = profiles.nameOf(other);
            notifications.send(party, NotificationKind.INTRODUCTION_PROPOSED,
                    brokerName + " introduced you to " + otherName + " at " + event.title() + ": " + introduction.reason(),
                    eventId, NotificationSubject.introduction(introduction.id(), other, otherName));
        }
        mails.brokered(introduction, event);
        return introduction;
    }

    @Transactional
    public Introduction accept(UUID introductionId, UUID party, boolean isOrganizer, String message) {
        verification.requireVerified(party);
        Introduction introduction = lockVisible(introductionId, party, isOrganizer);
        boolean complete = introduction.accept(party, message, clock.instant());
        UUID connectionId = null;
        if (complete) {
            connectionId = connections.connect(introduction.partyAId(), introduction.partyBId(), ConnectionOrigin.INTRODUCTION,
                    introduction.eventId(), introduction.id()).connection().id();
            mails.accepted(introduction, events.findById(introduction.eventId()), party);
        }
        tellOthers(introduction, party, NotificationKind.INTRODUCTION_ACCEPTED, connectionId, complete
                ? " accepted the introduction: you are now connected"
                : " accepted the introduction; waiting for the other side");
        return introduction;
    }

    @Transactional
    public Introduction decline(UUID introductionId, UUID party, boolean isOrganizer, String message) {
        Introduction introduction = lockVisible(introductionId, party, isOrganizer);
        introduction.decline(party, message, clock.instant());
        tellOthers(introduction, party, NotificationKind.INTRODUCTION_DECLINED, null, " declined the introduction");
        return introduction;
    }

    @Transactional
    public Introduction withdraw(UUID introductionId, UUID proposer, boolean isOrganizer) {
        Introduction introduction = lockVisible(introductionId, proposer, isOrganizer);
        introduction.withdraw(proposer, clock.instant());
        tellOthers(introduction, proposer, NotificationKind.INTRODUCTION_WITHDRAWN, null, " withdrew the introduction");
        return introduction;
    }

    @Transactional
    public Introduction markMet(UUID introductionId, UUID party, boolean isOrganizer) {
        Introduction introduction = lockVisible(introductionId, party, isOrganizer);
        if (introduction.markMet(party, clock.instant())) {
            String name = profiles.nameOf(party);
            notifications.send(introduction.otherParty(party), NotificationKind.INTRODUCTION_MET,
                    name + " marked your introduction as met", introduction.eventId(),
                    NotificationSubject.introduction(introduction.id(), party, name));
        }
        return introduction;
    }

    /**
     * Marks pending introductions past their time as expired and tells whoever proposed each. Reads treat them as
     * expired already; this makes it true in the table too.
     */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        List<Introduction> due = introductions.dueForExpiry(now, EXPIRY_BATCH);
        for (Introduction introduction : due) {
            introduction.expire(now);
            notifications.send(introduction.proposedBy(), NotificationKind.INTRODUCTION_EXPIRED,
                    "An introduction you proposed expired unanswered", introduction.eventId(), expirySubject(introduction));
        }
        return due.size();
    }

    /** How many more requests the attendee may open at the event. */
    public IntroductionRequests.Allowance allowance(UUID eventId, UUID requester) {
        Event event = NotFound.unlessHidden(events.findByIdOptional(eventId), Event::isVisibleToAttendees, "Event");
        long open = introductions.openRequestsOf(requester, eventId, clock.instant());
        int limit = openRequestLimit(event);
        return new IntroductionRequests.Allowance(event.id(), limit, (int) open, (int) Math.max(0, limit - open),
                closingOf(event).atOffset(ZoneOffset.UTC));
    }

    /** The per-attendee allowance: how many of one's own requests may wait for an answer at once at this event. */
    static int openRequestLimit(Event event) {
        return event.openRequestLimit();
    }

    /** Introductions are made from publication until they would expire: the set time after the event ends. */
    private Event eventTakingIntroductions(UUID eventId) {
        Event event = events.findByIdOptional(eventId).filter(Event::isVisibleToAttendees)
                .orElseThrow(() -> new InvalidInput("eventId", "is not an event open to attendees"));
        if (event.status() == EventStatus.CANCELLED) {
            throw new Conflict("This event was cancelled; it takes no introductions");
        }
        if (!clock.instant().isBefore(closingOf(event))) {
            throw new Conflict("Introductions at this event closed on " + closingOf(event));
        }
        return event;
    }

    private Instant closingOf(Event event) {
        return event.endsAt().plus(expireAfter);
    }

    private void requireAttends(UUID eventId, UUID accountId, String field) {
        if (!registrations.attends(eventId, accountId)) {
            throw new InvalidInput(field, "is not registered for this event");
        }
    }

    /** A pair already connected, with an open introduction, or declined at this event is not introduced again. */
    private void requireNewPair(UUID eventId, UUID one, UUID other, Instant now) {
        pairRefusal(eventId, one, other, now).ifPresent(reason -> {
            throw new Conflict(reason);
        });
    }

    private Optional<String> pairRefusal(UUID eventId, UUID one, UUID other, Instant now) {
        if (connectionRepository.connected(one, other)) {
            return Optional.of("These two are already connected");
        }
        for (Introduction existing : introductions.between(eventId, one, other)) {
            IntroductionStatus status = existing.statusAt(now);
            if (status == IntroductionStatus.PENDING) {
                return Optional.of("An introduction between these two is already open at this event");
            }
            if (status == IntroductionStatus.DECLINED) {
                return Optional.of("An introduction between these two was declined at this event");
            }
        }
        return Optional.empty();
    }

    /** The partial unique index decides between concurrent requests for one pair; the loser gets a conflict. */
    private void persistOnce(Introduction introduction) {
        try {
            introductions.persistAndFlush(introduction);
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, "introduction_one_open_per_pair")) {
                throw new Conflict("An introduction between these two is already open at this event");
            }
            throw e;
        }
    }

    /** Organizers see every introduction; attendees those they are part of or proposed. */
    private Introduction lockVisible(UUID introductionId, UUID caller, boolean isOrganizer) {
        return NotFound.unlessHidden(introductions.findForUpdate(introductionId),
                introduction -> isOrganizer || introduction.involves(caller), "Introduction");
    }

    /**
     * Everyone involved but the one who acted, named at the start of the message. Only the two parties are linked to
     * the connection an acceptance made: a broker is no part of it.
     */
    private void tellOthers(Introduction introduction, UUID actor, NotificationKind kind, UUID connectionId, String whatTheyDid) {
        String actorName = profiles.nameOf(actor);
        NotificationSubject subject = NotificationSubject.introduction(introduction.id(), actor, actorName);
        List.of(introduction.proposedBy(), introduction.partyAId(), introduction.partyBId()).stream()
                .distinct()
                .filter(account -> !account.equals(actor))
                .forEach(account -> notifications.send(account, kind, actorName + whatTheyDid, introduction.eventId(),
                        connectionId != null && introduction.isParty(account) ? subject.withConnection(connectionId) : subject));
    }

    /** A request that expired is about the one who never answered; a brokered one about no single person. */
    private NotificationSubject expirySubject(Introduction introduction) {
        if (!introduction.isParty(introduction.proposedBy())) {
            return new NotificationSubject(null, null, introduction.id(), null);
        }
        UUID other = introduction.otherParty(introduction.proposedBy());
        return NotificationSubject.introduction(introduction.id(), other, profiles.nameOf(other));
    }
}
