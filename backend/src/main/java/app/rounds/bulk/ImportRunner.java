package app.rounds.bulk;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import app.rounds.account.AccountInvitations;
import app.rounds.common.error.DomainException;
import app.rounds.common.error.InvalidInput;
import app.rounds.registration.RegistrationService;
import app.rounds.registration.RegistrationStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Imports pending rows, one transaction per row: the row is locked ({@link ImportJobs#claimNext}, so instances share
 * the work and never take one row twice), its account found or invited, the person registered by the registration
 * service's own rules (seat or waitlist, under the event's lock, once per person), and the outcome recorded, all
 * committed together. An instance that dies mid-row rolls that row back; it is pending again for the next round.
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final AccountInvitations invitations;
    private final RegistrationService registrations;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Counter rowsTaken;
    private volatile boolean stopping;

    ImportRunner(ImportJobs jobs, AccountInvitations invitations, RegistrationService registrations,
                 EntityManager entityManager, Clock clock, MeterRegistry meters) {
        this.jobs = jobs;
        this.invitations = invitations;
        this.registrations = registrations;
        this.entityManager = entityManager;
        this.clock = clock;
        this.rowsTaken = Counter.builder("rounds.imports.rows")
                .description("Import rows this instance took and decided (imported or skipped)")
                .register(meters);
    }

    @Scheduled(identity = "registration-import", every = "${rounds.imports.every}", delayed = "${rounds.imports.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void importPending() {
        try {
            while (!stopping && importNext()) {
                // one row per transaction until none is pending
            }
        } catch (RuntimeException e) {
            LOG.warnf("Import round stopped, retrying next round: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    /** Imports one pending row; false when none is left that no one else holds. */
    boolean importNext() {
        boolean took;
        try {
            took = QuarkusTransaction.requiringNew().call(() -> {
                Optional<ImportJobs.PendingRow> next = jobs.claimNext();
                next.ifPresent(this::importRow);
                return next.isPresent();
            });
        } catch (RowRefused refused) {
            QuarkusTransaction.requiringNew().run(() -> jobs.recordSkipped(refused.row.jobId(), refused.row.row(),
                    refused.getMessage(), clock.instant()));
            took = true;
        }
        if (took) {
            rowsTaken.increment();
        }
        return took;
    }

    private void importRow(ImportJobs.PendingRow row) {
        try {
            var invitee = invitations.findOrInvite(row.email(), row.displayName(), row.eventTitle());
            var registered = registrations.register(row.eventId(), invitee.accountId(),
                    new RegistrationService.Caller(row.organizerId(), true));
            entityManager.flush();
            ImportOutcome outcome = !registered.created() ? ImportOutcome.ALREADY_REGISTERED
                    : registered.registration().status() == RegistrationStatus.WAITLISTED ? ImportOutcome.WAITLISTED
                    : invitee.created() ? ImportOutcome.CREATED : ImportOutcome.MATCHED;
            jobs.recordImported(row.jobId(), row.row(), outcome, invitee.created(), registered.registration().id(),
                    clock.instant());
        } catch (InvalidInput e) {
            throw new RowRefused(row, "The account of this email address " + e.getMessage());
        } catch (DomainException e) {
            throw new RowRefused(row, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import row %d of job %s failed", row.row(), row.jobId());
            throw new RowRefused(row, "Could not be imported because of a server error; import the file again to retry this row");
        }
    }

    /** Why a row was not imported; thrown out of its transaction so that everything the row did is rolled back. */
    private static final class RowRefused extends RuntimeException {

        private final transient ImportJobs.PendingRow row;

        RowRefused(ImportJobs.PendingRow row, String reason) {
            super(reason, null, false, false);
            this.row = row;
        }
    }
}
