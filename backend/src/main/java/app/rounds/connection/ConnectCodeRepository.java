package app.rounds.connection;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ConnectCodeRepository implements PanacheRepositoryBase<ConnectCode, String> {

    /** Expired codes are worth nothing; the sweep keeps the table to the codes on screens right now. */
    long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
