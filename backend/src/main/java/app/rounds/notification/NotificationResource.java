package app.rounds.notification;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

@Path("/me/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class NotificationResource {

    private final Notifications notifications;
    private final CurrentUser caller;
    private final CursorCodec cursors;

    NotificationResource(Notifications notifications, CurrentUser caller, CursorCodec cursors) {
        this.notifications = notifications;
        this.caller = caller;
        this.cursors = cursors;
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "The caller's in-app notifications, newest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = NotificationResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response list(@Valid @BeanParam PageRequest page) {
        List<Notification> found = notifications.inbox(caller.id(), cursors.after(page), page.fetchSize());
        Slice<Notification> slice = cursors.slice(found, page, last -> new Cursor(last.createdAt(), last.id()));
        return PageLinks.ok(new NotificationResponse.Page(slice.items().stream().map(NotificationResponse::of).toList(),
                slice.nextCursor(), notifications.unreadCount(caller.id())), slice, page);
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every unread notification of the caller as read")
    @APIResponse(responseCode = "200", description = "Marked",
            content = @Content(schema = @Schema(implementation = NotificationResponse.MarkedRead.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public NotificationResponse.MarkedRead markAllRead() {
        return new NotificationResponse.MarkedRead(notifications.markAllRead(caller.id()));
    }

    @POST
    @Path("/{notificationId}/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications as read")
    @APIResponse(responseCode = "200", description = "Marked")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public NotificationResponse markRead(@PathParam("notificationId") UUID notificationId) {
        return NotificationResponse.of(notifications.markRead(caller.id(), notificationId));
    }
}
