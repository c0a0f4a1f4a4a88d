package app.rounds.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.ProfileSummary;
import app.rounds.common.security.CurrentUser;
import app.rounds.event.EventResponse;
import app.rounds.registration.RegistrationRequests.Ticket;

/**
 * Registrations as the caller reads them, each with its attendee's photo and professional facts as the caller may see
 * that profile: one read of the profiles per list, whatever its length.
 */
@ApplicationScoped
class RegistrationViews {

    private final ProfileDirectory profiles;
    private final CurrentUser caller;

    RegistrationViews(ProfileDirectory profiles, CurrentUser caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    /** An event's registrations for its organizers: no tickets. */
    List<RegistrationResponse> ofEvent(List<RegistrationQueries.Row> rows) {
        Map<UUID, ProfileSummary> summaries = summariesOf(rows.stream().map(row -> row.registration().accountId()).toList());
        return rows.stream().map(row -> RegistrationResponse.of(row.registration(), row.attendeeName(), row.waitlistRank(),
                false, summaries.get(row.registration().accountId()))).toList();
    }

    /** One registration, with its ticket when the caller holds it. */
    RegistrationResponse one(RegistrationQueries.Row row) {
        UUID holder = row.registration().accountId();
        return RegistrationResponse.of(row.registration(), row.attendeeName(), row.waitlistRank(), holder.equals(caller.id()),
                summariesOf(List.of(holder)).get(holder));
    }

    /** The caller's own tickets. */
    List<Ticket> tickets(List<RegistrationQueries.TicketRow> rows, Instant now) {
        Map<UUID, ProfileSummary> summaries = rows.isEmpty() ? Map.of() : summariesOf(List.of(caller.id()));
        return rows.stream().map(row -> new Ticket(
                RegistrationResponse.of(row.registration(), row.attendeeName(), row.waitlistRank(), true,
                        summaries.get(row.registration().accountId())),
                EventResponse.of(row.event(), now))).toList();
    }

    private Map<UUID, ProfileSummary> summariesOf(List<UUID> attendees) {
        return profiles.summariesVisibleTo(caller.id(), caller.isOrganizer(), attendees);
    }
}
