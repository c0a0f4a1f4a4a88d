package app.rounds.connection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What one physician keeps about a connection; only ever read by its author. */
@Entity
@Table(name = "connection_note")
public class ConnectionNote {

    @Id
    private UUID id;
    private UUID connectionId;
    private UUID authorId;
    private String body;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ConnectionNote() {
    }

    static ConnectionNote write(UUID connectionId, UUID authorId, String body, Instant now) {
        ConnectionNote note = new ConnectionNote();
        note.id = UUID.randomUUID();
        note.connectionId = connectionId;
        note.authorId = authorId;
        note.body = body.strip();
        note.createdAt = now;
        note.updatedAt = now;
        return note;
    }

    void rewrite(String newBody, Instant now) {
        body = newBody.strip();
        updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID connectionId() { return connectionId; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
