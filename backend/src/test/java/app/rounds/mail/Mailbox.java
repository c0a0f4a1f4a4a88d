package app.rounds.mail;

import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the embedded SMTP server received, for assertions by recipient. */
public final class Mailbox {

    public static final String CONFIRMATION_SUBJECT = "Confirm your email address for Rounds";

    private Mailbox() {
    }

    /** Waits for the mails to this address, for the dispatcher runs every second in tests. */
    public static List<MimeMessage> awaitAtLeast(String address, int count) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
        return to(address);
    }

    /** The subjects of every mail this address received, after a settling pause long enough for a stray one to arrive. */
    public static List<String> subjectsSettled(String address) {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return to(address).stream().map(Mailbox::subject).toList();
    }

    /** The plain-text part, decoded. */
    public static String text(MimeMessage message) {
        try {
            return partOf(message, "text/plain");
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part, decoded. */
    public static String html(MimeMessage message) {
        try {
            return partOf(message, "text/html");
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partOf(jakarta.mail.Part part, String type) throws MessagingException, java.io.IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = partOf(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The mails to this address but the address confirmation every sign-up sends, so a test sees the mails its own
     * actions caused; {@link #confirmationsTo} has those.
     */
    public static List<MimeMessage> to(String address) {
        return everyMailTo(address).stream().filter(message -> !CONFIRMATION_SUBJECT.equals(subject(message))).toList();
    }

    public static List<MimeMessage> confirmationsTo(String address) {
        return everyMailTo(address).stream().filter(message -> CONFIRMATION_SUBJECT.equals(subject(message))).toList();
    }

    /** Waits for the address confirmation mailed at sign-up. */
    public static MimeMessage awaitConfirmation(String address) {
        return awaitConfirmations(address, 1).get(0);
    }

    public static List<MimeMessage> awaitConfirmations(String address, int count) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> confirmationsTo(address).size() >= count);
        return confirmationsTo(address);
    }

    private static List<MimeMessage> everyMailTo(String address) {
        return EmbeddedSmtp.received().stream().filter(message -> isTo(message, address)).toList();
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            if (recipients == null) {
                return false;
            }
            for (var recipient : recipients) {
                if (recipient.toString().toLowerCase().contains(address.toLowerCase())) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
