package app.rounds.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.NotAuthenticated;
import app.rounds.common.security.SecretTokens;

/** Starts, renews and ends logins: access tokens plus rotating, hashed refresh tokens. */
@ApplicationScoped
public class SessionService {


    private final RefreshTokenRepository refreshTokens;
    private final AccessTokens accessTokens;
    private final AuthConfig config;
    private final Clock clock;

    SessionService(RefreshTokenRepository refreshTokens, AccessTokens accessTokens, AuthConfig config, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Session start(Account account) {
        return issue(account, UUID.randomUUID(), clock.instant());
    }

    /**
     * Exchanges a refresh token for a new session. A replayed token revokes its whole family, unless it was replaced
     * moments ago and is presented once more (the answer carrying its successor may have been lost): then the
     * successor is revoked in its place and a new one issued.
     */
    @Transactional(dontRollbackOn = NotAuthenticated.class)
    public Session renew(String presentedToken) {
        Instant now = clock.instant();
        RefreshToken current = refreshTokens.findByHash(SecretTokens.sha256Hex(presentedToken))
                .orElseThrow(() -> new NotAuthenticated("The session has ended; log in again"));
        if (current.wasRevoked()) {
            if (current.mayUseGrace(now, config.refreshGrace()) && now.isBefore(sessionEnd(current.sessionStartedAt()))
                    && refreshTokens.familyIsLive(current.familyId(), now)) {
                current.useGrace(now);
                refreshTokens.revokeFamily(current.familyId(), now);
                return issue(current.account(), current.familyId(), current.sessionStartedAt());
            }
            refreshTokens.revokeFamily(current.familyId(), now);
            throw new NotAuthenticated("The session has ended; log in again");
        }
        if (!current.isUsable(now) || !now.isBefore(sessionEnd(current.sessionStartedAt()))) {
            throw new NotAuthenticated("The session has expired; log in again");
        }
        current.rotate(now);
        return issue(current.account(), current.familyId(), current.sessionStartedAt());
    }

    @Transactional
    public void end(String presentedToken) {
        refreshTokens.findByHash(SecretTokens.sha256Hex(presentedToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    /** Deletes refresh tokens nobody can use any more, once they are too old to matter for replay detection. */
    @Transactional
    public long forgetUnusableTokens() {
        return refreshTokens.deleteUnusableBefore(clock.instant().minus(config.refreshTokenRetention()));
    }

    private Session issue(Account account, UUID familyId, Instant sessionStartedAt) {
        Instant now = clock.instant();
        String refreshToken = SecretTokens.newToken();
        Instant expiresAt = now.plus(config.refreshTokenLifetime());
        if (expiresAt.isAfter(sessionEnd(sessionStartedAt))) {
            expiresAt = sessionEnd(sessionStartedAt);
        }
        refreshTokens.persist(new RefreshToken(account, familyId, SecretTokens.sha256Hex(refreshToken), sessionStartedAt, now, expiresAt));
        return new Session(account, accessTokens.issue(account), accessTokens.lifetimeSeconds(), refreshToken);
    }

    private Instant sessionEnd(Instant sessionStartedAt) {
        return sessionStartedAt.plus(config.sessionLifetime());
    }

}
