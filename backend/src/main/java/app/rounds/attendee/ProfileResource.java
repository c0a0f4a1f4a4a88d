package app.rounds.attendee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

/** The caller's own profile; there is no way to write anyone else's. */
@Path("/me/profile")
@Tag(name = "Profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class ProfileResource {

    private final ProfileService profiles;
    private final CurrentUser caller;

    ProfileResource(ProfileService profiles, CurrentUser caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyProfile", summary = "The caller's own profile, with every contact field and visibility",
            description = "Before the first save: the sign-up name and email, empty lists, default visibilities and"
                    + " complete = false.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public MyProfileResponse get() {
        return profiles.mine(caller.id());
    }

    @PUT
    @Operation(operationId = "saveMyProfile", summary = "Save the caller's whole profile, replacing what was there",
            description = "Cell numbers are stored in E.164; tags trimmed, lower-cased and de-duplicated. An invalid field"
                    + " is named in the problem's errors and nothing is saved.")
    @APIResponse(responseCode = "200", description = "The saved profile")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public MyProfileResponse save(@RequestBody(required = true) @Valid @NotNull ProfileRequest request) {
        return profiles.save(caller.id(), request);
    }
}
