package app.rounds.mail;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.NotFound;
import app.rounds.common.openapi.ApiDocs;

/** RFC 8058 one-click unsubscribe: a mail client POSTs here without a login; the signed token says who and what. */
@Path("/mail/unsubscribe/{token}")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class UnsubscribeResource {

    private final MailLinks links;
    private final NotificationPreferences preferences;

    UnsubscribeResource(MailLinks links, NotificationPreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "unsubscribeByLink", summary = "Switch off one category of mail by the signed link in a mail",
            description = "The List-Unsubscribe target of reminder mails (RFC 8058, body `List-Unsubscribe=One-Click`); "
                    + "the SPA's unsubscribe page posts here too. Repeating it changes nothing.")
    @APIResponse(responseCode = "200", description = "That category is off")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Unsubscribed unsubscribe(@PathParam("token") @Size(max = 100) String token) {
        var unsubscribe = links.verify(token).orElseThrow(() -> new NotFound("Unsubscribe link"));
        preferences.switchOff(unsubscribe.accountId(), unsubscribe.category());
        return new Unsubscribed(unsubscribe.category());
    }

    @Schema(name = "Unsubscribed")
    public record Unsubscribed(@Schema(required = true) MailCategory category) {
    }
}
