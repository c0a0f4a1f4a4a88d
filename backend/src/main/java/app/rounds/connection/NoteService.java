package app.rounds.connection;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Private notes on a connection. Every read and write is filtered by author, so the other physician, organizers and
 * anyone else find nothing: another's note is as absent as an unknown id.
 */
@ApplicationScoped
public class NoteService implements PanacheRepositoryBase<ConnectionNote, UUID> {

    private final ConnectionRepository connections;
    private final Clock clock;

    NoteService(ConnectionRepository connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    /** The author's notes on one of their connections, newest first. */
    public List<ConnectionNote> mine(UUID connectionId, UUID author, Cursor after, int limit) {
        requireConnection(connectionId, author);
        if (after == null) {
            return find("connectionId = ?1 and authorId = ?2 order by createdAt desc, id desc", connectionId, author)
                    .range(0, limit - 1).list();
        }
        return find("connectionId = ?1 and authorId = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4))"
                + " order by createdAt desc, id desc", connectionId, author, after.at(), after.id()).range(0, limit - 1).list();
    }

    public ConnectionNote one(UUID connectionId, UUID noteId, UUID author) {
        return authored(connectionId, noteId, author);
    }

    @Transactional
    public ConnectionNote write(UUID connectionId, UUID author, String body) {
        requireConnection(connectionId, author);
        ConnectionNote note = ConnectionNote.write(connectionId, author, body, clock.instant());
        persist(note);
        return note;
    }

    @Transactional
    public ConnectionNote rewrite(UUID connectionId, UUID noteId, UUID author, String body) {
        ConnectionNote note = authored(connectionId, noteId, author);
        note.rewrite(body, clock.instant());
        return note;
    }

    @Transactional
    public void erase(UUID connectionId, UUID noteId, UUID author) {
        delete(authored(connectionId, noteId, author));
    }

    private ConnectionNote authored(UUID connectionId, UUID noteId, UUID author) {
        return find("id = ?1 and connectionId = ?2 and authorId = ?3", noteId, connectionId, author).firstResultOptional()
                .orElseThrow(() -> new NotFound("Note"));
    }

    private void requireConnection(UUID connectionId, UUID party) {
        if (connections.count("id = ?1 and (accountLow = ?2 or accountHigh = ?2)", connectionId, party) == 0) {
            throw new NotFound("Connection");
        }
    }
}
