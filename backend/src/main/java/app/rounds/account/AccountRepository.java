package app.rounds.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    private static final String ORGANIZER_LIKE = "%" + Role.ORGANIZER.name() + "%";

    public Optional<Account> findByEmail(String email) {
        return find("email", Account.normalizeEmail(email)).firstResultOptional();
    }

    /** Organizers by name. The roles column is a list of names, so a plain LIKE finds them; organizers are few. */
    @SuppressWarnings("unchecked")
    public List<Account> organizers() {
        return getEntityManager().createNativeQuery("SELECT * FROM account WHERE roles LIKE :organizer ORDER BY display_name, id",
                        Account.class)
                .setParameter("organizer", ORGANIZER_LIKE)
                .getResultList();
    }

    /**
     * Every organizer's row, locked, in id order so that concurrent lockers queue instead of deadlocking. Call it before
     * loading any account in the transaction: a row locked after a stale read would keep the stale state.
     */
    @SuppressWarnings("unchecked")
    public List<Account> lockOrganizers() {
        return getEntityManager().createNativeQuery("SELECT * FROM account WHERE roles LIKE :organizer ORDER BY id FOR UPDATE",
                        Account.class)
                .setParameter("organizer", ORGANIZER_LIKE)
                .getResultList();
    }

    public Optional<Account> lockById(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
