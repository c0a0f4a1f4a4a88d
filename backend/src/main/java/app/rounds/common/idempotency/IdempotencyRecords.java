package app.rounds.common.idempotency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The table of Idempotency-Key claims. Inserting the row is the claim, so that of two requests with one key, on any
 * instances, exactly one runs; the other finds the row and is answered from it. Each statement commits on its own:
 * a claim must be visible to other instances before the request it guards does its work.
 */
@ApplicationScoped
public class IdempotencyRecords {

    /** Takes the key, or takes it over from a claim abandoned mid-request or from an expired result not yet swept. */
    private static final String CLAIM = """
            insert into idempotency_record (caller, idempotency_key, request_hash, claimed_at, expires_at)
            values (:caller, :key, :hash, clock_timestamp(), clock_timestamp() + :retentionMillis * interval '1 millisecond')
            on conflict (caller, idempotency_key) do update
               set request_hash = excluded.request_hash, claimed_at = excluded.claimed_at, expires_at = excluded.expires_at,
                   response_status = null, response_content_type = null, response_location = null, response_body = null
             where (idempotency_record.response_status is null
                    and idempotency_record.claimed_at < clock_timestamp() - :timeoutMillis * interval '1 millisecond')
                or idempotency_record.expires_at <= clock_timestamp()
            """;

    private static final int FORGET_BATCH_SIZE = 5000;

    private final EntityManager entityManager;
    private final IdempotencyConfig config;

    IdempotencyRecords(EntityManager entityManager, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** What a request presenting a key finds. */
    public sealed interface Claim {
        /** The key is this request's: run it, then {@link #complete} or {@link #release}. */
        record Claimed() implements Claim {
        }

        /** The first request with this key has not finished yet. */
        record InFlight() implements Claim {
        }

        /** The key was first used with another method, path or body. */
        record OtherRequest() implements Claim {
        }

        /** The first request's answer, to be given again. */
        record Replay(StoredResponse response) implements Claim {
        }
    }

    public record StoredResponse(int status, String contentType, String location, byte[] body) {
    }

    public Claim claim(String caller, String key, String requestHash) {
        // A row deleted between the insert and the read (a released claim) is claimed again on the second pass.
        for (int attempt = 0; attempt < 2; attempt++) {
            if (tryClaim(caller, key, requestHash)) {
                return new Claim.Claimed();
            }
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            select request_hash, response_status, response_content_type, response_location, response_body
                              from idempotency_record where caller = :caller and idempotency_key = :key
                            """)
                    .setParameter("caller", caller).setParameter("key", key).getResultList());
            if (rows.isEmpty()) {
                continue;
            }
            Object[] row = (Object[]) rows.get(0);
            if (!requestHash.equals(row[0])) {
                return new Claim.OtherRequest();
            }
            if (row[1] == null) {
                return new Claim.InFlight();
            }
            return new Claim.Replay(new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                    (byte[]) row[4]));
        }
        return new Claim.InFlight();
    }

    /** Keeps the answer of a claimed request for its retries. */
    public void complete(String caller, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update idempotency_record
                           set response_status = :status, response_content_type = :contentType,
                               response_location = :location, response_body = :body
                         where caller = :caller and idempotency_key = :key
                        """)
                .setParameter("status", response.status())
                .setParameter("contentType", response.contentType())
                .setParameter("location", response.location())
                .setParameter("body", response.body())
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate());
    }

    /** Gives the key back (the request failed on the server's side), so that a retry runs it again. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "delete from idempotency_record where caller = :caller and idempotency_key = :key and response_status is null")
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate());
    }

    /** Deletes keys past their retention, a batch per transaction; how many went. */
    public long forgetExpired() {
        long deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from idempotency_record where ctid = any (array(
                                select ctid from idempotency_record where expires_at < clock_timestamp() limit :batch))
                            """)
                    .setParameter("batch", FORGET_BATCH_SIZE)
                    .executeUpdate());
            deleted += batch;
        } while (batch == FORGET_BATCH_SIZE);
        return deleted;
    }

    private boolean tryClaim(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(CLAIM)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("retentionMillis", config.retention().toMillis())
                .setParameter("timeoutMillis", config.inFlightTimeout().toMillis())
                .executeUpdate()) == 1;
    }
}
