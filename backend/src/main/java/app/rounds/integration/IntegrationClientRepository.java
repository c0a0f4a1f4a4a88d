package app.rounds.integration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class IntegrationClientRepository implements PanacheRepositoryBase<IntegrationClient, UUID> {

    /** Newest first, revoked ones included (they show as revoked). */
    List<IntegrationClient> page(Cursor after, int limit) {
        if (after == null) {
            return find("order by createdAt desc, id desc").range(0, limit - 1).list();
        }
        return find("createdAt < ?1 or (createdAt = ?1 and id < ?2) order by createdAt desc, id desc", after.at(), after.id())
                .range(0, limit - 1).list();
    }

    /** The client whose current or previous key has this hash, whether or not that key still works. */
    Optional<IntegrationClient> byKeyHash(String keyHash) {
        return find("keyHash = ?1 or previousKeyHash = ?1", keyHash).firstResultOptional();
    }

    /** Records a use unless one at most a resolution ago is recorded already (another instance may have written it). */
    void recordUse(UUID clientId, Instant now, Instant staleBefore) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, clientId, staleBefore);
    }
}
