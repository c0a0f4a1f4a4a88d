package app.rounds.integration.changes;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the change feed covers: each kind is one table with a {@code record_change} trigger (changeset 0140), named in
 * the feed as it is in {@code change_log.kind}, and readable under one integration scope.
 */
public enum ChangeKind {
    EVENT("event", "events:read"),
    REGISTRATION("registration", "registrations:read"),
    PROFILE("profile", "attendees:read"),
    INTRODUCTION("introduction", "introductions:read"),
    FOLLOW_UP_TASK("follow_up_task", "followups:read");

    private final String code;
    private final String scope;

    ChangeKind(String code, String scope) {
        this.code = code;
        this.scope = scope;
    }

    public String code() {
        return code;
    }

    /** The integration scope a caller needs to see changes of this kind. */
    public String scope() {
        return scope;
    }

    /** The kind of a webhook event type such as {@code registration.created}. */
    public static Optional<ChangeKind> ofEventType(String eventType) {
        int dot = eventType.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ofCode(eventType.substring(0, dot));
    }

    public static Optional<ChangeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
