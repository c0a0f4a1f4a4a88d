package app.rounds.bulk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;

/** The response shapes of registration imports. */
public final class ImportResponses {

    private ImportResponses() {
    }

    @Schema(name = "ImportState", description = "QUEUED: no row imported yet; RUNNING: some rows imported; COMPLETED: every row has its outcome")
    public enum State { QUEUED, RUNNING, COMPLETED }

    @Schema(name = "ImportJob", description = "An import's progress: every row counts once its outcome is known")
    public record Job(@Schema(required = true) UUID id,
                      @Schema(required = true) UUID eventId,
                      @Schema(required = true) State state,
                      @Schema(required = true, description = "Data rows in the file (the header row not counted)") int totalRows,
                      @Schema(required = true, description = "Rows with an outcome so far") long processedRows,
                      @Schema(required = true) long created,
                      @Schema(required = true) long matched,
                      @Schema(required = true) long alreadyRegistered,
                      @Schema(required = true) long waitlisted,
                      @Schema(required = true) long skipped,
                      @Schema(required = true) OffsetDateTime createdAt,
                      @Schema(description = "When the last row was imported; absent until then") OffsetDateTime finishedAt) {

        static Job of(ImportJobs.Progress progress) {
            long processed = progress.processed();
            State state = processed >= progress.totalRows() ? State.COMPLETED : processed == 0 ? State.QUEUED : State.RUNNING;
            return new Job(progress.id(), progress.eventId(), state, progress.totalRows(), processed, progress.created(),
                    progress.matched(), progress.alreadyRegistered(), progress.waitlisted(), progress.skipped(),
                    progress.createdAt().atOffset(ZoneOffset.UTC),
                    state == State.COMPLETED && progress.finishedAt() != null ? progress.finishedAt().atOffset(ZoneOffset.UTC) : null);
        }
    }

    @Schema(name = "ImportRow", description = "One row of the file and what became of it")
    public record Row(@Schema(required = true, description = "The spreadsheet row: the header is row 1, the first person row 2") int row,
                      @Schema(required = true) String firstName,
                      @Schema(required = true) String lastName,
                      @Schema(required = true) String email,
                      @Schema(required = true) ImportOutcome outcome,
                      @Schema(required = true, description = "True when the import made the account (and mailed its invitation)")
                      boolean accountCreated,
                      @Schema(description = "Why the row was skipped") String reason,
                      @Schema(description = "The registration it made or found") UUID registrationId) {

        static Row of(ImportJobs.ReportRow row) {
            return new Row(row.row(), row.firstName(), row.lastName(), row.email(), row.outcome(), row.accountCreated(),
                    row.reason(), row.registrationId());
        }
    }

    @Schema(name = "ImportRowPage")
    public record RowPage(@Schema(required = true) List<Row> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
