package app.rounds.connection;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;

@Schema(name = "Note", description = "A private note; only its author ever sees it")
public record NoteResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID connectionId,
        @Schema(required = true) String body,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    static NoteResponse of(ConnectionNote note) {
        return new NoteResponse(note.id(), note.connectionId(), note.body(), note.createdAt().atOffset(ZoneOffset.UTC),
                note.updatedAt().atOffset(ZoneOffset.UTC));
    }

    @Schema(name = "NotePage")
    public record Page(@Schema(required = true) List<NoteResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
