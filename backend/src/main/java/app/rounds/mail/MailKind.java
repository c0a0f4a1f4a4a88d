package app.rounds.mail;

import java.util.Locale;

/**
 * Every kind of mail Rounds sends. Each belongs to one preference category and is rendered from
 * {@code templates/mail/<template>.html} and {@code .txt}; the text template's {@code subject} fragment is the subject.
 */
public enum MailKind {
    INTRODUCTION_REQUESTED(MailCategory.INTRODUCTIONS),
    INTRODUCTION_ACCEPTED(MailCategory.INTRODUCTIONS),
    INTRODUCTION_BROKERED(MailCategory.INTRODUCTIONS),
    WAITLIST_PROMOTED(MailCategory.EVENT_CHANGES),
    EVENT_CHANGED(MailCategory.EVENT_CHANGES),
    EVENT_CANCELLED(MailCategory.EVENT_CHANGES),
    /** An organizer's own message to an event's seated attendees: about the event, so switched off with its changes. */
    EVENT_MESSAGE(MailCategory.EVENT_CHANGES),
    EVENT_TOMORROW(MailCategory.REMINDERS),
    FOLLOW_UP_DUE_TOMORROW(MailCategory.REMINDERS),
    FOLLOW_UP_OVERDUE(MailCategory.REMINDERS),
    EMAIL_VERIFICATION(MailCategory.ACCOUNT),
    PASSWORD_RESET(MailCategory.ACCOUNT),
    ACCOUNT_INVITATION(MailCategory.ACCOUNT),
    WEBHOOK_UNHEALTHY(MailCategory.ACCOUNT),
    WEBHOOK_DISABLED(MailCategory.ACCOUNT);

    private final MailCategory category;

    MailKind(MailCategory category) {
        this.category = category;
    }

    public MailCategory category() {
        return category;
    }

    /** The template name under {@code templates/}, e.g. {@code mail/introduction-requested}. */
    public String template() {
        return "mail/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Account mails hold a single-use link (verification, password reset), which no table should keep once sent. */
    public boolean carriesCredential() {
        return category == MailCategory.ACCOUNT;
    }

    /** Reminder mails carry a one-click unsubscribe (RFC 8058) for their category. */
    public boolean isReminder() {
        return category == MailCategory.REMINDERS;
    }
}
