package app.rounds.referral;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.attendee.AttendeeProfileResponse;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.Tags;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.paging.Cursor;
import app.rounds.connection.Connection;
import app.rounds.connection.ConnectionService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Referral reports on a connection. Only their author reads them; on someone else's connection there is nothing to
 * read or write. The optional procedure tag must be one the two physicians' profiles already name (what either wants
 * referred or refers out), so the report has no free text at all.
 */
@ApplicationScoped
public class ReferralService implements PanacheRepositoryBase<ReferralReport, UUID> {

    private final ConnectionService connections;
    private final ProfileDirectory profiles;
    private final Clock clock;

    ReferralService(ConnectionService connections, ProfileDirectory profiles, Clock clock) {
        this.connections = connections;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The author's reports on one of their connections, newest first. */
    public List<ReferralReport> mine(UUID connectionId, UUID author, Cursor after, int limit) {
        connections.mine(connectionId, author);
        if (after == null) {
            return find("connectionId = ?1 and authorId = ?2 order by createdAt desc, id desc", connectionId, author)
                    .range(0, limit - 1).list();
        }
        return find("connectionId = ?1 and authorId = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4))"
                + " order by createdAt desc, id desc", connectionId, author, after.at(), after.id()).range(0, limit - 1).list();
    }

    /** The procedure tags a report on this connection may name. */
    public Set<String> procedureTags(UUID connectionId, UUID author, boolean authorIsOrganizer) {
        Connection connection = connections.mine(connectionId, author).connection();
        Set<String> tags = new LinkedHashSet<>();
        for (AttendeeProfileResponse profile : profiles.visibleTo(author, authorIsOrganizer,
                List.of(connection.otherThan(author), author)).values()) {
            tags.addAll(profile.wantsReferred());
            tags.addAll(profile.refersOut());
        }
        return tags;
    }

    @Transactional
    public ReferralReport record(UUID connectionId, UUID author, boolean authorIsOrganizer, ReferralRequest request) {
        String tag = null;
        if (request.procedureTag() != null && !request.procedureTag().isBlank()) {
            tag = Tags.normalise(request.procedureTag());
            if (!procedureTags(connectionId, author, authorIsOrganizer).contains(tag)) {
                throw new InvalidInput("procedureTag", "must be one of the procedure tags of your or your connection's profile");
            }
        } else {
            connections.mine(connectionId, author);
        }
        YearMonth month = ReferralRequest.month(request.month());
        ReferralReport report = ReferralReport.record(author, connectionId, month, YearMonth.now(clock.withZone(ZoneOffset.UTC)),
                request.count(), request.direction(), tag, clock.instant());
        persist(report);
        return report;
    }
}
