package app.rounds.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.EmailNotVerified;
import app.rounds.common.error.NotAuthenticated;
import app.rounds.common.error.TooManyAttempts;
import app.rounds.common.throttle.AttemptThrottle;
import app.rounds.common.throttle.GrowingDelay;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Proof that an account's address is its owner's: a link mailed at sign-up (and again on request). It is the one home
 * of the rule that an unverified account may browse and edit its profile but not reach out to colleagues (register,
 * request or accept introductions, share its cell number): other features ask {@link #requireVerified}.
 */
@ApplicationScoped
public class EmailVerification {

    private final AccountTokens tokens;
    private final AccountRepository accounts;
    private final MailOutbox outbox;
    private final AttemptThrottle attempts;
    private final EntityManager entityManager;
    private final AuthConfig.EmailVerification config;
    private final GrowingDelay resends;
    private final Clock clock;

    EmailVerification(AccountTokens tokens, AccountRepository accounts, MailOutbox outbox, AttemptThrottle attempts,
                      EntityManager entityManager, AuthConfig config, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.outbox = outbox;
        this.attempts = attempts;
        this.entityManager = entityManager;
        this.config = config.emailVerification();
        AuthConfig.EmailVerification.ResendThrottle limits = this.config.resendThrottle();
        this.resends = new GrowingDelay(limits.maxPerAccount(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.clock = clock;
    }

    /** Refuses (403, its own problem type) an account that has not followed its confirmation link yet. */
    public void requireVerified(UUID accountId) {
        @SuppressWarnings("unchecked")
        List<Boolean> verified = entityManager
                .createNativeQuery("SELECT email_verified_at IS NOT NULL FROM account WHERE id = :id")
                .setParameter("id", accountId)
                .getResultList();
        if (!verified.equals(List.of(true))) {
            throw new EmailNotVerified("Confirm your email address first: follow the link in the mail Rounds sent you"
                    + " (or ask for a new one). Until then you can browse and edit your profile.");
        }
    }

    /** Mails a new confirmation link, in the caller's transaction (the sign-up's own, so no account is left without). */
    @Transactional(Transactional.TxType.MANDATORY)
    void send(Account account) {
        AccountTokens.Issued issued = tokens.issue(account.id(), AccountTokens.Purpose.EMAIL_VERIFICATION,
                config.tokenLifetime());
        outbox.enqueue(new OutgoingMail(account.id(), MailKind.EMAIL_VERIFICATION, "account", "token:" + issued.tokenId(),
                Map.of("token", issued.token())));
    }

    /** The owner followed the link: single use, within its lifetime. */
    @Transactional
    public void confirm(String token) {
        UUID accountId = tokens.redeem(token, AccountTokens.Purpose.EMAIL_VERIFICATION);
        accounts.findById(accountId).verifyEmail(clock.instant());
    }

    /** Another confirmation mail for a logged-in owner who lost the first; a few, then growing waits. */
    public void resend(UUID accountId) {
        try {
            attempts.reserve("email-verification:account:" + accountId, resends, clock.instant());
        } catch (TooManyAttempts e) {
            throw new TooManyAttempts("Several confirmation mails are on their way already; check your inbox and spam"
                    + " folder, or try again later", e.retryAfter());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = accounts.findByIdOptional(accountId)
                    .orElseThrow(() -> new NotAuthenticated("The account of this token no longer exists"));
            if (account.isEmailVerified()) {
                throw new Conflict("Your email address is already confirmed");
            }
            send(account);
        });
    }
}
