package app.rounds.mail;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.NotFound;
import app.rounds.common.openapi.ApiDocs;
import io.quarkus.arc.profile.IfBuildProfile;

/**
 * What the embedded SMTP server received, so a newcomer running dev mode can read the mails and follow their links.
 * Built into dev and test only: a production build has no such endpoint (and no embedded SMTP server).
 */
@Path("/dev/mailbox")
@Tag(name = "Development")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevMailboxResource {

    private final SmtpSetup smtp;

    DevMailboxResource(SmtpSetup smtp) {
        this.smtp = smtp;
    }

    @GET
    @Operation(operationId = "listDevMailbox", summary = "Mails the embedded SMTP server received, newest first (dev and test only)",
            description = "Absent from production builds. Answers 404 when mail goes to a configured SMTP server instead.")
    @APIResponse(responseCode = "200", description = "The received mails")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Mailbox list(@QueryParam("to") @Size(max = 254) String to,
                        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        if (!smtp.embedded()) {
            throw new NotFound("Mailbox (mail goes to a configured SMTP server)");
        }
        return new Mailbox(DevMailbox.read(to, limit));
    }

    @Schema(name = "DevMailbox")
    public record Mailbox(@Schema(required = true) List<ReceivedMail> items) {
    }

    @Schema(name = "ReceivedMail")
    public record ReceivedMail(
            @Schema(required = true) String id,
            @Schema(required = true) String to,
            @Schema(required = true) String subject,
            @Schema(required = true) OffsetDateTime receivedAt,
            String html,
            String text,
            String listUnsubscribe) {
    }
}
