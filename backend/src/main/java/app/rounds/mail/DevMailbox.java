package app.rounds.mail;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what the embedded SMTP server received into plain records, newest first. */
final class DevMailbox {

    private DevMailbox() {
    }

    static List<DevMailboxResource.ReceivedMail> read(String to, int limit) {
        List<DevMailboxResource.ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : EmbeddedSmtp.received()) {
            DevMailboxResource.ReceivedMail mail = toRecord(message);
            if (to == null || mail.to().toLowerCase(Locale.ROOT).contains(to.toLowerCase(Locale.ROOT))) {
                mails.add(mail);
            }
        }
        mails.sort(Comparator.comparing(DevMailboxResource.ReceivedMail::receivedAt).reversed());
        return mails.subList(0, Math.min(limit, mails.size()));
    }

    private static DevMailboxResource.ReceivedMail toRecord(MimeMessage message) {
        try {
            Bodies bodies = new Bodies();
            collect(message, bodies);
            String mailId = message.getHeader(MailDispatcher.MAIL_ID_HEADER, null);
            var received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
            return new DevMailboxResource.ReceivedMail(mailId == null ? message.getMessageID() : mailId,
                    String.join(", ", addresses(message.getRecipients(Message.RecipientType.TO))), message.getSubject(),
                    received == null ? OffsetDateTime.now(ZoneOffset.UTC) : received.toInstant().atOffset(ZoneOffset.UTC),
                    bodies.html, bodies.text, message.getHeader("List-Unsubscribe", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message in the embedded mailbox", e);
        }
    }

    private static List<String> addresses(jakarta.mail.Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (var address : addresses) {
                list.add(address.toString());
            }
        }
        return list;
    }

    private static void collect(Part part, Bodies bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = (String) part.getContent();
        } else if (part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, bodies);
            }
        }
    }

    private static final class Bodies {
        String html;
        String text;
    }
}
