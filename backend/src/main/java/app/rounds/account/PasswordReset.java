package app.rounds.account;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.TooManyAttempts;
import app.rounds.common.throttle.AttemptThrottle;
import app.rounds.common.throttle.GrowingDelay;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * "Forgot password": a single-use link mailed to the address, whose use sets a new password, ends every session of the
 * account and proves the address (the link reached it). Asking tells nobody whether the address has an account.
 */
@ApplicationScoped
public class PasswordReset {

    private final AccountTokens tokens;
    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwords;
    private final MailOutbox outbox;
    private final AttemptThrottle attempts;
    private final AuthConfig.PasswordReset config;
    private final GrowingDelay perEmail;
    private final GrowingDelay perAddress;
    private final Clock clock;

    PasswordReset(AccountTokens tokens, AccountRepository accounts, RefreshTokenRepository refreshTokens,
                  PasswordHasher passwords, MailOutbox outbox, AttemptThrottle attempts, AuthConfig config, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.outbox = outbox;
        this.attempts = attempts;
        this.config = config.passwordReset();
        AuthConfig.PasswordReset.Throttle limits = this.config.throttle();
        this.perEmail = new GrowingDelay(limits.maxPerEmail(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.perAddress = new GrowingDelay(limits.maxPerAddress(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.clock = clock;
    }

    /**
     * Counts the request against the address asked about and the client, then mails a link if the address has an
     * account. Both cases run the same statements but the outbox row, and the mail goes out later, so neither the
     * answer nor its timing tells whether the account exists.
     */
    public void request(String email, String clientAddress) {
        try {
            attempts.reserve("password-reset:address:" + clientAddress, perAddress, clock.instant());
            attempts.reserve("password-reset:email:" + Account.normalizeEmail(email), perEmail, clock.instant());
        } catch (TooManyAttempts e) {
            throw new TooManyAttempts("Several reset mails were asked for already; check your inbox and spam folder,"
                    + " or try again later", e.retryAfter());
        }
        QuarkusTransaction.requiringNew().run(() -> tokens
                .issueForEmail(email, AccountTokens.Purpose.PASSWORD_RESET, config.tokenLifetime())
                .ifPresent(issued -> outbox.enqueue(new OutgoingMail(issued.accountId(), MailKind.PASSWORD_RESET,
                        "account", "token:" + issued.tokenId(),
                        Map.of("token", issued.token(), "minutes", config.tokenLifetime().toMinutes())))));
    }

    /**
     * Sets the new password. The token is checked before the (costly) hash and used up after it, in a transaction
     * that also retires the other reset links and revokes every refresh token, so every other login ends.
     */
    public void confirm(String token, String newPassword) {
        tokens.requireRedeemable(token, AccountTokens.Purpose.PASSWORD_RESET);
        String passwordHash = passwords.hash(newPassword);
        QuarkusTransaction.requiringNew().run(() -> {
            UUID accountId = tokens.redeem(token, AccountTokens.Purpose.PASSWORD_RESET);
            Account account = accounts.findById(accountId);
            account.changePasswordHash(passwordHash);
            account.verifyEmail(clock.instant());
            tokens.retireAll(accountId, AccountTokens.Purpose.PASSWORD_RESET);
            refreshTokens.revokeAllOf(accountId, clock.instant());
        });
    }
}
