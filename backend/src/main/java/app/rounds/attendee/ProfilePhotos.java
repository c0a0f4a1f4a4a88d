package app.rounds.attendee;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.ContentTooLarge;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Profile photos: the owner replaces or removes theirs; anyone who may see a profile may see its photo. Decoding and
 * encoding run before the transaction, so no database connection waits on image work.
 */
@ApplicationScoped
public class ProfilePhotos {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final PhotoStore store;
    private final ProfileDirectory directory;
    private final jakarta.enterprise.event.Event<ProfileChanged> changes;

    ProfilePhotos(PhotoStore store, ProfileDirectory directory, jakarta.enterprise.event.Event<ProfileChanged> changes) {
        this.store = store;
        this.directory = directory;
        this.changes = changes;
    }

    /**
     * Where the SPA fetches an account's photo; the version makes a new upload a new URL. Give it only to a viewer
     * who may see the owner's profile: the photo is served to them alone.
     */
    public static String urlOf(UUID ownerId, String version) {
        return version == null ? null : "/api/v1/attendees/" + ownerId + "/photo?v=" + version;
    }

    public String replace(UUID ownerId, String mediaType, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInput("photo", "The body is empty; send the photo's bytes");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new ContentTooLarge("A photo may be at most 5 MB; this one is "
                    + Math.round(upload.length / 1024.0 / 1024.0 * 10) / 10.0 + " MB");
        }
        PhotoEncoder.Encoded encoded = PhotoEncoder.encode(mediaType, upload);
        String version = UUID.randomUUID().toString();
        QuarkusTransaction.joiningExisting().run(() -> {
            store.put(ownerId, version, encoded);
            changes.fire(new ProfileChanged(ownerId));
        });
        return urlOf(ownerId, version);
    }

    public void remove(UUID ownerId) {
        QuarkusTransaction.joiningExisting().run(() -> {
            if (store.delete(ownerId)) {
                changes.fire(new ProfileChanged(ownerId));
            }
        });
    }

    /** Not found alike when the viewer may not see the profile and when there is no photo. */
    public PhotoStore.Stored visibleTo(UUID viewerId, boolean viewerIsOrganizer, UUID ownerId, PhotoSize size) {
        if (directory.visibleTo(viewerId, viewerIsOrganizer, ownerId).isEmpty()) {
            throw new NotFound("Photo of attendee " + ownerId);
        }
        return store.read(ownerId, size).orElseThrow(() -> new NotFound("Photo of attendee " + ownerId));
    }
}
