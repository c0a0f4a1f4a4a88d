package app.rounds.attendee;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Photos as {@code bytea} in the {@code profile_photo} table: a few hundred kilobytes each, read one at a time. */
@ApplicationScoped
class PostgresPhotoStore implements PhotoStore {

    private static final String UPSERT = """
            INSERT INTO profile_photo (account_id, version, thumbnail, full_size, updated_at)
            VALUES (:owner, :version, :thumbnail, :fullSize, :at)
            ON CONFLICT (account_id) DO UPDATE SET version = EXCLUDED.version, thumbnail = EXCLUDED.thumbnail,
                full_size = EXCLUDED.full_size, updated_at = EXCLUDED.updated_at
            """;

    private final EntityManager entityManager;
    private final Clock clock;

    PostgresPhotoStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void put(UUID ownerId, String version, PhotoEncoder.Encoded photo) {
        entityManager.createNativeQuery(UPSERT)
                .setParameter("owner", ownerId)
                .setParameter("version", version)
                .setParameter("thumbnail", photo.thumbnail())
                .setParameter("fullSize", photo.fullSize())
                .setParameter("at", clock.instant())
                .executeUpdate();
    }

    @Override
    public boolean delete(UUID ownerId) {
        return entityManager.createNativeQuery("DELETE FROM profile_photo WHERE account_id = :owner")
                .setParameter("owner", ownerId)
                .executeUpdate() > 0;
    }

    @Override
    public Optional<Stored> read(UUID ownerId, PhotoSize size) {
        String column = size == PhotoSize.THUMB ? "thumbnail" : "full_size";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT version, " + column + " FROM profile_photo WHERE account_id = :owner")
                .setParameter("owner", ownerId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Stored((String) row[0], (byte[]) row[1]));
    }

    @Override
    public Optional<String> version(UUID ownerId) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("SELECT version FROM profile_photo WHERE account_id = :owner")
                .setParameter("owner", ownerId)
                .getResultList();
        return rows.stream().findFirst();
    }
}
