package app.rounds.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The parser Quarkus verifies every bearer token with, remembering the tokens it has verified. Verifying a token (an RSA
 * signature, base64 and JSON) was a third of the CPU of a cheap authenticated request, and a client sends the same
 * access token with every request until it expires. A token is verified in full once; the same token string then
 * answers from memory until its own expiry (never later), keyed by its SHA-256 so that no token is kept as text.
 * Failures are never remembered, so a forged or expired token is always refused. Bounded by approximate bytes.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** About two thousand tokens of the size this service issues, whatever their number. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /** A parsed token's claims and raw text, per character of the token. */
    private static final int BYTES_PER_TOKEN_CHARACTER = 4;

    private final DefaultJWTParser verifier;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    VerifiedTokens(JWTAuthContextInfo authContext, Clock clock) {
        this.verifier = new DefaultJWTParser(authContext);
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .<String, Verified>weigher((digest, token) -> token.characters() * BYTES_PER_TOKEN_CHARACTER)
                .expireAfter(new UntilTokenExpiry(clock))
                .build();
    }

    /** A verified token and the instant (epoch seconds) it expires. */
    private record Verified(JsonWebToken token, long expiresAtSecond, int characters) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String digest = sha256(token);
        Verified known = verified.getIfPresent(digest);
        if (known != null && clock.instant().getEpochSecond() < known.expiresAtSecond()) {
            return known.token();
        }
        JsonWebToken fresh = verifier.parse(token);
        if (fresh.getExpirationTime() > 0) {
            verified.put(digest, new Verified(fresh, fresh.getExpirationTime(), token.length()));
        }
        return fresh;
    }

    /** Whether this token is remembered as verified now: for tests. */
    boolean remembers(String token) {
        Verified known = verified.getIfPresent(sha256(token));
        return known != null && clock.instant().getEpochSecond() < known.expiresAtSecond();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
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
    private record UntilTokenExpiry(Clock clock) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String digest, Verified token, long currentTime) {
            long seconds = token.expiresAtSecond() - clock.instant().getEpochSecond();
            return Duration.ofSeconds(Math.max(0, seconds)).toNanos();
        }

        @Override
        public long expireAfterUpdate(String digest, Verified token, long currentTime, long currentDuration) {
            return expireAfterCreate(digest, token, currentTime);
        }

        @Override
        public long expireAfterRead(String digest, Verified token, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
