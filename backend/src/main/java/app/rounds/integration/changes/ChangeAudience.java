package app.rounds.integration.changes;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one decision of what a caller may see of the change feed and of webhooks: the kinds of change shown. The feed
 * and the webhook dispatcher ask nothing else, so a key's scopes only have to be turned into an audience here.
 */
public record ChangeAudience(Set<ChangeKind> kinds) {

    public ChangeAudience {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(ChangeKind.class) : EnumSet.copyOf(kinds);
    }

    /** An organizer signed in to Rounds sees every kind. */
    public static ChangeAudience everything() {
        return new ChangeAudience(EnumSet.allOf(ChangeKind.class));
    }

    /** What a holder of these integration scopes sees: each kind whose read scope is among them. */
    public static ChangeAudience ofScopes(Collection<String> scopes) {
        EnumSet<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            if (scopes.contains(kind.scope())) {
                kinds.add(kind);
            }
        }
        return new ChangeAudience(kinds);
    }

    public boolean sees(ChangeKind kind) {
        return kinds.contains(kind);
    }

    String[] codes() {
        return kinds.stream().map(ChangeKind::code).toArray(String[]::new);
    }
}
