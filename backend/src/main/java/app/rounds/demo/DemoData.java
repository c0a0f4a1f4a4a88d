package app.rounds.demo;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.rounds.account.AccountRepository;
import app.rounds.account.AccountService;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills a fresh dev database with synthetic accounts so a newcomer sees a living product. Runs only when
 * {@code rounds.demo-data.enabled} (dev's default) and leaves existing accounts alone.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "demo-password-2026";
    static final List<DemoPhysician> PHYSICIANS = List.of(
            new DemoPhysician("amara.okafor@demo.rounds.test", "Dr. Amara Okafor"),
            new DemoPhysician("julien.tremblay@demo.rounds.test", "Dr. Julien Tremblay"),
            new DemoPhysician("priya.raman@demo.rounds.test", "Dr. Priya Raman"),
            new DemoPhysician("marcus.bell@demo.rounds.test", "Dr. Marcus Bell"),
            new DemoPhysician("elena.vasquez@demo.rounds.test", "Dr. Elena Vasquez"));

    void onStart(@Observes StartupEvent start, AccountService accounts, AccountRepository repository,
                 @ConfigProperty(name = "rounds.demo-data.enabled") boolean enabled,
                 @ConfigProperty(name = "rounds.admin.email") java.util.Optional<String> adminEmail) {
        if (!enabled) {
            return;
        }
        for (DemoPhysician physician : PHYSICIANS) {
            if (repository.findByEmail(physician.email()).isEmpty()) {
                accounts.signUpAttendee(physician.email(), PASSWORD, physician.displayName());
            }
        }
        StringBuilder banner = new StringBuilder("\n--- Rounds demo accounts (dev only) ---\n");
        adminEmail.ifPresent(email -> banner.append("  organizer: ").append(email).append(" (password: ROUNDS_ADMIN_PASSWORD,")
                .append(" 'rounds-admin-password' unless set)\n"));
        PHYSICIANS.forEach(physician -> banner.append("  attendee:  ").append(physician.email()).append(" / ").append(PASSWORD)
                .append('\n'));
        LOG.info(banner);
    }

    record DemoPhysician(String email, String displayName) {
    }
}
