package app.rounds.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The parser Quarkus verifies every bearer token with (its {@code JWTParser}, replaced here), remembering the tokens
 * it has verified. Verifying a token (an RSA signature, base64 and JSON) was a third of the CPU of a cheap
 * authenticated request, and a client sends the same access token with every request until it expires. A token is
 * verified in full once; the same token string then answers from memory until its own expiry (never later), keyed by
 * its SHA-256 so that no token is kept as text. Failures are never remembered, so a forged or expired token is always
 * refused. Bounded by approximate bytes.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** About two thousand tokens of the size this service issues, whatever their number. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /** A parsed token's claims and raw text, per character of the token. */
    private static final int BYTES_PER_TOKEN_CHARACTER = 4;

    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    VerifiedTokens(JWTAuthContextInfo authContext, Clock clock) {
        super(authContext);
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .<String, JsonWebToken>weigher((digest, token) ->
                        token.getRawToken().length() * BYTES_PER_TOKEN_CHARACTER)
                .expireAfter(new UntilTokenExpiry(clock))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String digest = sha256(token);
        JsonWebToken known = unexpired(digest);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = super.parse(token);
        if (fresh.getExpirationTime() > 0) {
            verified.put(digest, fresh);
        }
        return fresh;
    }

    /** Whether this token is remembered as verified now: for tests. */
    boolean remembers(String token) {
        return unexpired(sha256(token)) != null;
    }

    private JsonWebToken unexpired(String digest) {
        JsonWebToken known = verified.getIfPresent(digest);
        return known != null && clock.instant().getEpochSecond() < known.getExpirationTime() ? known : null;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Each entry lives until its token's expiry, as read at the time it is remembered. */
    private record UntilTokenExpiry(Clock clock) implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String digest, JsonWebToken token, long currentTime) {
            long seconds = token.getExpirationTime() - clock.instant().getEpochSecond();
            return Duration.ofSeconds(Math.max(0, seconds)).toNanos();
        }

        @Override
        public long expireAfterUpdate(String digest, JsonWebToken token, long currentTime, long currentDuration) {
            return expireAfterCreate(digest, token, currentTime);
        }

        @Override
        public long expireAfterRead(String digest, JsonWebToken token, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
