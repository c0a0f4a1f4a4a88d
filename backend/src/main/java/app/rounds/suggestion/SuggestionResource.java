package app.rounds.suggestion;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.suggestion.SuggestionResponses.PairSuggestionList;
import app.rounds.suggestion.SuggestionResponses.SuggestionList;
import io.quarkus.security.Authenticated;

@Path("/events/{eventId}")
@Tag(name = "Suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final CurrentUser currentUser;

    SuggestionResource(SuggestionService suggestions, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "listMySuggestions", summary = "Whom I should meet at this event, ranked and explained (its registered attendees)",
            description = "Other registered or checked-in attendees who fit what the caller refers out and wants referred, "
                    + "by specialty and by city. Never lists someone the caller is connected to or who declined, or was "
                    + "declined, at this event. Empty while the caller has no profile.")
    @APIResponse(responseCode = "200", description = "Best first", content = @Content(schema = @Schema(implementation = SuggestionList.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public SuggestionList mine(@PathParam("eventId") UUID eventId,
                               @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return suggestions.forAttendee(eventId, currentUser.id(), currentUser.isOrganizer(), limit);
    }

    @GET
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Path("/pair-suggestions")
    @Operation(operationId = "listPairSuggestions", summary = "The event's best pairs to introduce, ranked and explained (organizers)",
            description = "Each pair of registered or checked-in attendees once, with the same rules as an attendee's own suggestions.")
    @APIResponse(responseCode = "200", description = "Best first", content = @Content(schema = @Schema(implementation = PairSuggestionList.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PairSuggestionList pairs(@PathParam("eventId") UUID eventId,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return suggestions.bestPairs(eventId, currentUser.id(), limit);
    }
}
