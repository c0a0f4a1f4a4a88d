package app.rounds.connection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rounds.common.error.InvalidInput;

/**
 * Two attendees who have met through Rounds: what contact sharing and notes hang on. Stored once per pair, lower
 * account id first; each side keeps its own consent to show the other its cell number.
 */
@Entity
@Table(name = "connection")
public class Connection {

    @Id
    private UUID id;
    private UUID accountLow;
    private UUID accountHigh;
    @Enumerated(EnumType.STRING)
    private ConnectionOrigin origin;
    private UUID eventId;
    private UUID introductionId;
    @Enumerated(EnumType.STRING)
    private CellConsent lowCellConsent;
    @Enumerated(EnumType.STRING)
    private CellConsent highCellConsent;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Connection() {
    }

    static Connection between(UUID one, UUID other, CellConsent oneConsent, CellConsent otherConsent,
                              ConnectionOrigin origin, UUID eventId, UUID introductionId, Instant now) {
        if (one.equals(other)) {
            throw new IllegalArgumentException("A connection needs two people");
        }
        boolean oneIsLow = databaseOrder(one, other) < 0;
        Connection connection = new Connection();
        connection.id = UUID.randomUUID();
        connection.accountLow = oneIsLow ? one : other;
        connection.accountHigh = oneIsLow ? other : one;
        connection.lowCellConsent = oneIsLow ? oneConsent : otherConsent;
        connection.highCellConsent = oneIsLow ? otherConsent : oneConsent;
        connection.origin = origin;
        connection.eventId = eventId;
        connection.introductionId = introductionId;
        connection.createdAt = now;
        connection.updatedAt = now;
        return connection;
    }

    /** The lower id first, as the table stores a pair. */
    static UUID[] ordered(UUID one, UUID other) {
        return databaseOrder(one, other) < 0 ? new UUID[] {one, other} : new UUID[] {other, one};
    }

    /** PostgreSQL orders uuids byte by byte, unsigned; {@link UUID#compareTo} compares signed longs and can disagree. */
    private static int databaseOrder(UUID one, UUID other) {
        int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
    }

    public boolean involves(UUID accountId) {
        return accountLow.equals(accountId) || accountHigh.equals(accountId);
    }

    public UUID otherThan(UUID accountId) {
        requireParty(accountId);
        return accountLow.equals(accountId) ? accountHigh : accountLow;
    }

    /** Whether {@code owner} lets the other side see their cell number. */
    public CellConsent cellConsentOf(UUID owner) {
        requireParty(owner);
        return accountLow.equals(owner) ? lowCellConsent : highCellConsent;
    }

    /** An owner grants or refuses; going back to undecided is not a choice anyone makes. */
    void decideCellConsent(UUID owner, CellConsent consent, Instant now) {
        requireParty(owner);
        if (consent == CellConsent.UNDECIDED) {
            throw new InvalidInput("consent", "must be GRANTED or REFUSED");
        }
        if (accountLow.equals(owner)) {
            lowCellConsent = consent;
        } else {
            highCellConsent = consent;
        }
        updatedAt = now;
    }

    private void requireParty(UUID accountId) {
        if (!involves(accountId)) {
            throw new IllegalArgumentException(accountId + " is not part of connection " + id);
        }
    }

    public UUID id() { return id; }
    public UUID accountLow() { return accountLow; }
    public UUID accountHigh() { return accountHigh; }
    public ConnectionOrigin origin() { return origin; }
    public UUID eventId() { return eventId; }
    public UUID introductionId() { return introductionId; }
    public Instant createdAt() { return createdAt; }
}
