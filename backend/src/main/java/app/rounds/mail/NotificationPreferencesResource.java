package app.rounds.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/me/notification-preferences")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class NotificationPreferencesResource {

    private final NotificationPreferences preferences;
    private final CurrentUser caller;

    NotificationPreferencesResource(NotificationPreferences preferences, CurrentUser caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyNotificationPreferences", summary = "Which mails the caller gets",
            description = "Account mails (address verification, password reset) are always sent.")
    @APIResponse(responseCode = "200", description = "The caller's choices; everything is on until switched off")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public NotificationPreferencesBody get() {
        return NotificationPreferencesBody.of(preferences.of(caller.id()));
    }

    @PUT
    @Operation(operationId = "saveMyNotificationPreferences", summary = "Choose which mails the caller gets")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public NotificationPreferencesBody save(@RequestBody(required = true) @Valid @NotNull NotificationPreferencesBody body) {
        return NotificationPreferencesBody.of(preferences.save(caller.id(), body.choices()));
    }

    @Schema(name = "NotificationPreferences")
    public record NotificationPreferencesBody(
            @Schema(required = true, description = "Introduction requests, proposals and acceptances") @NotNull Boolean introductions,
            @Schema(required = true, description = "The day before an event; follow-ups due and overdue") @NotNull Boolean reminders,
            @Schema(required = true, description = "An event one is registered for changed or was cancelled;"
                    + " a waitlist seat opened; its organizers wrote to its attendees")
            @NotNull Boolean eventChanges) {

        static NotificationPreferencesBody of(NotificationPreferences.Choices choices) {
            return new NotificationPreferencesBody(choices.introductions(), choices.reminders(), choices.eventChanges());
        }

        NotificationPreferences.Choices choices() {
            return new NotificationPreferences.Choices(introductions, reminders, eventChanges);
        }
    }
}
