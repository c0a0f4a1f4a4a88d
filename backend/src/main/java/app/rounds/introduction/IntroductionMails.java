package app.rounds.introduction;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.account.AccountRepository;
import app.rounds.event.Event;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;

/** The mails an introduction sends, enqueued in the transaction of the change they tell about. */
@ApplicationScoped
class IntroductionMails {

    private final MailOutbox outbox;
    private final AccountRepository accounts;

    IntroductionMails(MailOutbox outbox, AccountRepository accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    void requested(Introduction introduction, Event event) {
        outbox.enqueue(new OutgoingMail(introduction.partyBId(), MailKind.INTRODUCTION_REQUESTED, subject(introduction), "requested",
                data(event, Map.of("requesterName", nameOf(introduction.partyAId()), "reason", introduction.reason()))));
    }

    void brokered(Introduction introduction, Event event) {
        String broker = nameOf(introduction.proposedBy());
        for (UUID party : new UUID[] {introduction.partyAId(), introduction.partyBId()}) {
            outbox.enqueue(new OutgoingMail(party, MailKind.INTRODUCTION_BROKERED, subject(introduction), "proposed",
                    data(event, Map.of("brokerName", broker, "otherName", nameOf(introduction.otherParty(party)),
                            "reason", introduction.reason()))));
        }
    }

    /** Tells the other party, once both have said yes, that the one who answered last accepted. */
    void accepted(Introduction introduction, Event event, UUID lastToAccept) {
        outbox.enqueue(new OutgoingMail(introduction.otherParty(lastToAccept), MailKind.INTRODUCTION_ACCEPTED, subject(introduction),
                "accepted", data(event, Map.of("otherName", nameOf(lastToAccept)))));
    }

    private String nameOf(UUID accountId) {
        return accounts.findByIdOptional(accountId).map(account -> account.displayName()).orElse("A colleague");
    }

    private static String subject(Introduction introduction) {
        return "introduction:" + introduction.id();
    }

    private static Map<String, Object> data(Event event, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(more);
        data.put("eventId", event.id().toString());
        data.put("eventTitle", event.title());
        return data;
    }
}
