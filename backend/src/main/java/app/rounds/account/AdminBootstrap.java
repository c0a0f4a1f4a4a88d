package app.rounds.account;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Creates the first organizer from ROUNDS_ADMIN_EMAIL and ROUNDS_ADMIN_PASSWORD, so a new deployment can be run. */
@Singleton
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent start, AccountService accounts,
                 PasswordHasher passwords,
                 @ConfigProperty(name = "rounds.admin.email") Optional<String> email,
                 @ConfigProperty(name = "rounds.admin.password") Optional<String> password) {
        if (email.isEmpty() || email.get().isBlank() || password.isEmpty() || password.get().isBlank()) {
            LOG.info("No ROUNDS_ADMIN_EMAIL/ROUNDS_ADMIN_PASSWORD set: no organizer account is created at start");
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("ROUNDS_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.hasAccount(email.get())) {
            return; // every start after the first: no Argon2 hash (tens of milliseconds of CPU) to throw away
        }
        // Hashed before the transaction, which then holds its connection and lock only for the insert.
        if (accounts.ensureOrganizer(email.get(), passwords.hash(password.get()), "Rounds organizer")) {
            LOG.info("Created the organizer account named by ROUNDS_ADMIN_EMAIL");
        }
    }
}
