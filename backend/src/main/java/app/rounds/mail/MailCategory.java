package app.rounds.mail;

import java.util.Optional;

/** What a recipient can switch off in their notification preferences; {@link #ACCOUNT} mail is always sent. */
public enum MailCategory {
    INTRODUCTIONS("introductions"),
    REMINDERS("reminders"),
    EVENT_CHANGES("event_changes"),
    ACCOUNT(null);

    private final String preferenceColumn;

    MailCategory(String preferenceColumn) {
        this.preferenceColumn = preferenceColumn;
    }

    /** The notification_preference column that switches this category, none for mail that is always sent. */
    Optional<String> preferenceColumn() {
        return Optional.ofNullable(preferenceColumn);
    }
}
