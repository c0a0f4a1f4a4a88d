package app.rounds.attendee;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import io.quarkus.security.Authenticated;

@Path("/specialties")
@Tag(name = "Profiles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class SpecialtyResource {

    private final SpecialtyVocabulary vocabulary;

    SpecialtyResource(SpecialtyVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GET
    @Operation(operationId = "listSpecialties", summary = "The specialty vocabulary (NUCC taxonomy), with tag suggestions")
    @APIResponse(responseCode = "200", description = "Specialties and subspecialties, in vocabulary order")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public SpecialtyListResponse list(@QueryParam("q") @Parameter(description = "Only entries whose name contains this, ignoring case")
                                      @Size(max = 100) String q) {
        return new SpecialtyListResponse(vocabulary.search(q));
    }
}
