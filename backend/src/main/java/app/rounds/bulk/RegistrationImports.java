package app.rounds.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.ContentTooLarge;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An organizer's upload of an attendee list: the whole file is checked and written as one job of pending rows in
 * one transaction (a file refused leaves nothing behind), and {@link ImportRunner} imports the rows in the background.
 */
@ApplicationScoped
public class RegistrationImports {

    private static final int BATCH = 500;

    private final EventRepository events;
    private final ImportJobs jobs;
    private final ImportConfig config;
    private final Clock clock;

    RegistrationImports(EventRepository events, ImportJobs jobs, ImportConfig config, Clock clock) {
        this.events = events;
        this.jobs = jobs;
        this.config = config;
        this.clock = clock;
    }

    ImportJobs.Progress start(UUID eventId, UUID organizerId, InputStream upload, ImportFile.ColumnMapping mapping) {
        // Read whole before the transaction starts, so a slow upload holds no database connection.
        byte[] file = readAtMost(upload, config.maxFileBytes());
        UUID jobId = QuarkusTransaction.requiringNew().call(() -> {
            Event event = events.findByIdOptional(eventId).orElseThrow(() -> new NotFound("Event"));
            if (!event.acceptsRegistrations()) {
                throw new Conflict("This event is " + event.status().name().toLowerCase(java.util.Locale.ROOT)
                        + "; it takes no registrations, so nothing can be imported");
            }
            Instant now = clock.instant();
            UUID id = jobs.create(eventId, organizerId, now);
            List<ImportFile.ParsedRow> batch = new ArrayList<>(BATCH);
            int total = ImportFile.read(file, mapping, config.maxRows(), row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    jobs.addRows(id, batch, now);
                    batch.clear();
                }
            });
            jobs.addRows(id, batch, now);
            jobs.setTotal(id, total);
            return id;
        });
        return progress(jobId);
    }

    /** The upload's bytes; one sent without a length that RequestGuard could check is cut off past the limit. */
    private static byte[] readAtMost(InputStream upload, long maxBytes) {
        byte[] content;
        try {
            content = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new InvalidInput("file", "The upload broke off before the whole file arrived");
        }
        if (content.length > maxBytes) {
            throw new ContentTooLarge("The file is larger than " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB"
                    : maxBytes / 1024 + " KB") + "; split it into several files");
        }
        return content;
    }

    ImportJobs.Progress progress(UUID jobId) {
        return jobs.progress(jobId).orElseThrow(() -> new NotFound("Import"));
    }

    List<ImportJobs.ReportRow> report(UUID jobId, ImportOutcome outcome, int afterRow, int limit) {
        progress(jobId);
        return jobs.report(jobId, outcome, afterRow, limit);
    }
}
