package app.rounds.common.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks, for work that several instances of the service on one database would otherwise do
 * twice at the same moment. A transaction-level lock is released by the commit or rollback that ends it.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;

    AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until no other transaction holds the lock of this name, and holds it until this transaction ends. */
    public void holdUntilCommit(String name) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, name)
                .getSingleResult();
    }
}
