package app.rounds.account;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import app.rounds.common.cluster.AdvisoryLocks;
import app.rounds.common.error.Conflict;
import app.rounds.common.error.NotAuthenticated;
import app.rounds.common.persistence.UniqueViolation;

/** Sign-up, credential checks and look-ups of accounts. */
@ApplicationScoped
public class AccountService {

    private static final String BAD_CREDENTIALS = "Email or password is incorrect";
    private static final String ORGANIZER_CREATION_LOCK = "rounds:account:organizer-creation";

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final LoginThrottle throttle;
    private final AdvisoryLocks locks;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordHasher passwords, LoginThrottle throttle, AdvisoryLocks locks, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional
    public Account signUpAttendee(String email, String password, String displayName) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new Conflict("An account with this email already exists");
        }
        Account account = Account.attendee(email, passwords.hash(password), displayName, clock.instant());
        try {
            accounts.persistAndFlush(account);
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, "account_email_key")) {
                throw new Conflict("An account with this email already exists");
            }
            throw e;
        }
        return account;
    }

    /** Unknown email and wrong password fail alike, in the same time, and both count towards the throttle. */
    @Transactional
    public Account authenticate(String email, String password, String clientAddress) {
        throttle.checkAllowed(email, clientAddress);
        var account = accounts.findByEmail(email);
        boolean valid;
        if (account.isPresent()) {
            valid = passwords.matches(password, account.get().passwordHash());
        } else {
            passwords.spendTimeOfOneCheck(password);
            valid = false;
        }
        if (!valid) {
            throttle.recordFailure(email, clientAddress);
            throw new NotAuthenticated(BAD_CREDENTIALS);
        }
        throttle.recordSuccess(email);
        return account.get();
    }

    public Account require(UUID accountId) {
        return accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotAuthenticated("The account of this token no longer exists"));
    }

    /**
     * Creates the configured organizer at start-up; an existing account of that email is left as it is. Instances
     * starting together on one database take turns (an advisory lock), so exactly one creates it and none fails.
     */
    @Transactional
    public boolean ensureOrganizer(String email, String passwordHash, String displayName) {
        locks.holdUntilCommit(ORGANIZER_CREATION_LOCK);
        if (accounts.findByEmail(email).isPresent()) {
            return false;
        }
        accounts.persist(Account.organizer(email, passwordHash, displayName, clock.instant()));
        return true;
    }
}
