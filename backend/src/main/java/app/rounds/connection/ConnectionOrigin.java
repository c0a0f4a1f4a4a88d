package app.rounds.connection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How two attendees came to be connected; reports count each separately. */
@Schema(name = "ConnectionOrigin")
public enum ConnectionOrigin {
    INTRODUCTION,
    SCAN
}
