package app.rounds.attendee;

import java.util.Optional;
import java.util.UUID;

/**
 * Where profile photos' bytes live, one photo per account in two sizes. PostgreSQL holds them today
 * ({@link PostgresPhotoStore}); an object store could implement this, keeping the version in the {@code profile_photo}
 * row that attendee lists read to build photo URLs.
 */
public interface PhotoStore {

    /** Replaces the account's photo; the version names this upload (ETag, URL). */
    void put(UUID ownerId, String version, PhotoEncoder.Encoded photo);

    /** @return whether there was a photo */
    boolean delete(UUID ownerId);

    Optional<Stored> read(UUID ownerId, PhotoSize size);

    Optional<String> version(UUID ownerId);

    record Stored(String version, byte[] jpeg) {
    }
}
