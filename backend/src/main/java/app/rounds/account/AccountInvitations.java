package app.rounds.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.cluster.AdvisoryLocks;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;

/**
 * Attendee accounts an organizer brings in (a registration import) rather than their owner signing up. A new one gets
 * no usable password; its invitation mail carries a set-password link, which is a password-reset token, so the
 * "forgot password" page sets the first password and that proves the address.
 */
@ApplicationScoped
public class AccountInvitations {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordHasher passwords;
    private final MailOutbox outbox;
    private final AdvisoryLocks locks;
    private final Duration linkLifetime;
    private final Clock clock;

    AccountInvitations(AccountRepository accounts, AccountTokens tokens, PasswordHasher passwords, MailOutbox outbox,
                       AdvisoryLocks locks, AuthConfig config, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.outbox = outbox;
        this.locks = locks;
        this.linkLifetime = config.invitation().tokenLifetime();
        this.clock = clock;
    }

    /** The account holding this address, and whether this call made it. */
    public record Invitee(UUID accountId, boolean created) {
    }

    /**
     * The account of this address, or a new attendee account with its invitation mail, both in the caller's
     * transaction. Callers inviting one address at once take turns (an advisory lock on the address), so exactly one
     * creates it and the others find it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invitee findOrInvite(String email, String displayName, String eventTitle) {
        String address = Account.normalizeEmail(email);
        locks.holdUntilCommit("rounds:account:email:" + address);
        var existing = accounts.findByEmail(address);
        if (existing.isPresent()) {
            return new Invitee(existing.get().id(), false);
        }
        Account account = Account.attendee(address, passwords.unusableHash(), displayName, clock.instant());
        accounts.persistAndFlush(account);
        AccountTokens.Issued link = tokens.issue(account.id(), AccountTokens.Purpose.PASSWORD_RESET, linkLifetime);
        outbox.enqueue(new OutgoingMail(account.id(), MailKind.ACCOUNT_INVITATION, "account", "token:" + link.tokenId(),
                Map.of("token", link.token(), "days", linkLifetime.toDays(), "eventTitle", eventTitle)));
        return new Invitee(account.id(), true);
    }
}
