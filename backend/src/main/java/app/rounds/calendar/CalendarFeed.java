package app.rounds.calendar;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attendee's secret feed: the nonce its token is derived from, and the token's hash for lookups. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    private UUID accountId;
    private String nonce;
    private String tokenHash;
    private Instant createdAt;

    protected CalendarFeed() {
    }

    static CalendarFeed issue(UUID accountId, FeedTokens tokens, Instant now) {
        CalendarFeed feed = new CalendarFeed();
        feed.accountId = accountId;
        feed.renew(tokens, now);
        return feed;
    }

    /** A new nonce, so the old URL stops working at once. */
    void renew(FeedTokens tokens, Instant now) {
        nonce = FeedTokens.newNonce();
        tokenHash = FeedTokens.hash(tokens.tokenFor(accountId, nonce));
        createdAt = now;
    }

    String token(FeedTokens tokens) {
        return tokens.tokenFor(accountId, nonce);
    }

    public UUID accountId() { return accountId; }
    public Instant createdAt() { return createdAt; }
}
