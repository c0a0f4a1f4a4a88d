package app.rounds.account;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import app.rounds.common.cluster.AdvisoryLocks;
import app.rounds.common.error.Conflict;
import app.rounds.common.error.NotAuthenticated;
import app.rounds.common.persistence.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Sign-up, credential checks and look-ups of accounts. */
@ApplicationScoped
public class AccountService {

    private static final String BAD_CREDENTIALS = "Email or password is incorrect";
    private static final String EMAIL_TAKEN = "An account with this email already exists";
    private static final String ORGANIZER_CREATION_LOCK = "rounds:account:organizer-creation";

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final LoginThrottle throttle;
    private final SignUpThrottle signUps;
    private final EmailVerification verification;
    private final AdvisoryLocks locks;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordHasher passwords, LoginThrottle throttle, SignUpThrottle signUps,
                   EmailVerification verification, AdvisoryLocks locks, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.signUps = signUps;
        this.verification = verification;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Counts the sign-up against its address first; the password is hashed between two short transactions, so the
     * hash holds no database connection. Two sign-ups of one email racing each other end as a conflict. The account
     * starts unverified, and its confirmation mail is written in the transaction that creates it.
     */
    public Account signUpAttendee(String email, String password, String displayName, String clientAddress) {
        signUps.reserve(clientAddress);
        return createAttendee(email, password, displayName, false);
    }

    /** An attendee account made by the service itself (demo data): counted against no client, and verified. */
    public Account createAttendee(String email, String password, String displayName) {
        return createAttendee(email, password, displayName, true);
    }

    private Account createAttendee(String email, String password, String displayName, boolean verified) {
        if (QuarkusTransaction.requiringNew().call(() -> accounts.findByEmail(email).isPresent())) {
            throw new Conflict(EMAIL_TAKEN);
        }
        String passwordHash = passwords.hash(password);
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.attendee(email, passwordHash, displayName, clock.instant());
            if (verified) {
                account.verifyEmail(clock.instant());
            }
            try {
                accounts.persistAndFlush(account);
            } catch (PersistenceException e) {
                if (UniqueViolation.of(e, "account_email_key")) {
                    throw new Conflict(EMAIL_TAKEN);
                }
                throw e;
            }
            if (!verified) {
                verification.send(account);
            }
            return account;
        });
    }

    /**
     * Unknown email and wrong password fail alike, in the same time, and both count towards the throttle. The
     * attempt is counted before the password is hashed, and the hash runs outside any transaction, so a burst of
     * guesses neither slips past the limit nor holds database connections while hashing.
     */
    public Account authenticate(String email, String password, String clientAddress) {
        throttle.reserve(email, clientAddress);
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> accounts.findByEmail(email));
        boolean valid;
        if (account.isPresent()) {
            valid = passwords.matches(password, account.get().passwordHash());
        } else {
            passwords.spendTimeOfOneCheck(password);
            valid = false;
        }
        if (!valid) {
            throw new NotAuthenticated(BAD_CREDENTIALS);
        }
        throttle.succeeded(email, clientAddress);
        return account.get();
    }

    public Account require(UUID accountId) {
        return accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotAuthenticated("The account of this token no longer exists"));
    }

    @Transactional
    public boolean hasAccount(String email) {
        return accounts.findByEmail(email).isPresent();
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
