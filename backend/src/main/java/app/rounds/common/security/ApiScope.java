package app.rounds.common.security;

import java.util.Arrays;
import java.util.Optional;

/** What an integration key may do; each keyed operation names the one it needs with {@link RequiresScope}. */
public enum ApiScope {
    EVENTS_READ("events:read"),
    REGISTRATIONS_READ("registrations:read"),
    ATTENDEES_READ("attendees:read"),
    INTRODUCTIONS_READ("introductions:read"),
    FOLLOWUPS_READ("followups:read"),
    FOLLOWUPS_WRITE("followups:write"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as written in the API: {@code events:read}. */
    public String value() {
        return value;
    }

    public static Optional<ApiScope> parse(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
