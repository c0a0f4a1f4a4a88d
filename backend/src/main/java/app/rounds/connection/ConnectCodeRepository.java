package app.rounds.connection;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ConnectCodeRepository implements PanacheRepositoryBase<ConnectCode, String> {

    Optional<ConnectCode> findByToken(String token) {
        return findByIdOptional(ConnectCode.hash(token));
    }

    /** By the normalised short form. */
    Optional<ConnectCode> findByShortCode(String shortCode) {
        return find("shortCodeHash", ConnectCode.hash(shortCode)).firstResultOptional();
    }

    boolean shortCodeTaken(String shortCode) {
        return count("shortCodeHash", ConnectCode.hash(shortCode)) > 0;
    }

    /** Expired codes are worth nothing; the sweep keeps the table to the codes on screens right now. */
    long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
