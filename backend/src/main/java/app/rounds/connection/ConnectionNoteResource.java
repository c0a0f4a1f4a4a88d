package app.rounds.connection;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/connections/{connectionId}/notes")
@Tag(name = "Connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class ConnectionNoteResource {

    private final NoteService notes;
    private final CurrentUser caller;
    private final CursorCodec cursors;

    ConnectionNoteResource(NoteService notes, CurrentUser caller, CursorCodec cursors) {
        this.notes = notes;
        this.caller = caller;
        this.cursors = cursors;
    }

    @GET
    @Operation(operationId = "listConnectionNotes", summary = "The caller's private notes on one of their connections, newest first",
            description = "Only the author's own notes: the other physician's notes on the same connection are never shown.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = NoteResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response list(@PathParam("connectionId") UUID connectionId,
                         @Valid @BeanParam PageRequest page) {
        List<ConnectionNote> found = notes.mine(connectionId, caller.id(), cursors.after(page), page.fetchSize());
        Slice<ConnectionNote> slice = cursors.slice(found, page, last -> new Cursor(last.createdAt(), last.id()));
        return PageLinks.ok(new NoteResponse.Page(slice.items().stream().map(NoteResponse::of).toList(), slice.nextCursor()),
                slice, page);
    }

    @POST
    @Operation(operationId = "writeConnectionNote", summary = "Write a private note on one of the caller's connections")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response write(@PathParam("connectionId") UUID connectionId,
                          @RequestBody(required = true) @Valid @NotNull ConnectionRequests.Note request) {
        NoteResponse note = NoteResponse.of(notes.write(connectionId, caller.id(), request.body()));
        return Response.created(UriBuilder.fromResource(ConnectionNoteResource.class).path("{noteId}").build(connectionId, note.id()))
                .entity(note).build();
    }

    @GET
    @Path("/{noteId}")
    @Operation(operationId = "getConnectionNote", summary = "One of the caller's private notes")
    @APIResponse(responseCode = "200", description = "The note")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public NoteResponse get(@PathParam("connectionId") UUID connectionId, @PathParam("noteId") UUID noteId) {
        return NoteResponse.of(notes.one(connectionId, noteId, caller.id()));
    }

    @PATCH
    @Path("/{noteId}")
    @Operation(operationId = "rewriteConnectionNote", summary = "Replace the text of one of the caller's notes")
    @APIResponse(responseCode = "200", description = "The note")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public NoteResponse rewrite(@PathParam("connectionId") UUID connectionId, @PathParam("noteId") UUID noteId,
                                @RequestBody(required = true) @Valid @NotNull ConnectionRequests.Note request) {
        return NoteResponse.of(notes.rewrite(connectionId, noteId, caller.id(), request.body()));
    }

    @DELETE
    @Path("/{noteId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "deleteConnectionNote", summary = "Delete one of the caller's notes")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public void delete(@PathParam("connectionId") UUID connectionId, @PathParam("noteId") UUID noteId) {
        notes.erase(connectionId, noteId, caller.id());
    }
}
