package app.rounds.common.security;

import java.util.Set;
import java.util.UUID;

/** An integration client authenticated by its API key, as its security identity carries it. */
public record IntegrationCaller(UUID clientId, Set<ApiScope> scopes) {

    /** The {@code SecurityIdentity} attribute holding this record; present only on identities of integration keys. */
    public static final String ATTRIBUTE = "rounds.integration";
    /** The role of every integration identity, beside the organizer's on the organizer operations open to keys. */
    public static final String ROLE = "INTEGRATION";
    /** What every key starts with, so that secret scanners can recognise a leaked one. */
    public static final String KEY_PREFIX = "rnd_";

    public IntegrationCaller {
        scopes = Set.copyOf(scopes);
    }

    public boolean holds(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** Whether the request's Authorization header presents an integration key (whatever its validity). */
    public static boolean presentsKey(String authorizationHeader) {
        return authorizationHeader != null && authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorizationHeader.startsWith(KEY_PREFIX, 7);
    }
}
