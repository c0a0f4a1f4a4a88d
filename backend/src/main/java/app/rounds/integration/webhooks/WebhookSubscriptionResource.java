package app.rounds.integration.webhooks;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.idempotency.IdempotencyFilter;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.IntegrationCaller;
import app.rounds.common.security.RequiresScope;
import app.rounds.integration.changes.ChangeAudiences;

/** Webhook subscriptions, their delivery log and manual redelivery; organizers, and keys holding webhooks:manage. */
@Path("/webhook-subscriptions")
@Tag(name = "Integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.ORGANIZER, IntegrationCaller.ROLE})
public class WebhookSubscriptionResource {

    private final WebhookSubscriptions subscriptions;
    private final ChangeAudiences audiences;
    private final WebhookManager manager;
    private final CursorCodec cursors;

    WebhookSubscriptionResource(WebhookSubscriptions subscriptions, ChangeAudiences audiences, WebhookManager manager,
                                CursorCodec cursors) {
        this.subscriptions = subscriptions;
        this.audiences = audiences;
        this.manager = manager;
        this.cursors = cursors;
    }

    @GET
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(operationId = "listWebhookSubscriptions", summary = "Webhook subscriptions, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = WebhookResponses.SubscriptionPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response list(@Valid @BeanParam PageRequest page) {
        List<WebhookSubscription> found = subscriptions.list(manager, cursors.after(page), page.fetchSize());
        Slice<WebhookSubscription> slice = cursors.slice(found, page, last -> new Cursor(last.createdAt(), last.id()));
        var body = new WebhookResponses.SubscriptionPage(
                slice.items().stream().map(s -> WebhookResponses.Subscription.of(s, null)).toList(), slice.nextCursor());
        return PageLinks.ok(body, slice, page);
    }

    @POST
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "createWebhookSubscription", summary = "Subscribe a receiver URL to types of change",
            description = "The answer carries the signing secret (`whsec_…`), shown this once. The URL must be https on a"
                    + " public address: loopback, private, link-local and metadata addresses are refused (400).")
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = WebhookResponses.Subscription.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response create(@RequestBody(required = true) @Valid @NotNull WebhookRequests.Create request) {
        WebhookSubscription created = subscriptions.create(manager, request, audiences.current());
        return Response.created(URI.create("/api/v1/webhook-subscriptions/" + created.id()))
                .entity(WebhookResponses.Subscription.of(created, created.secret())).build();
    }

    @GET
    @Path("/{subscriptionId}")
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(operationId = "getWebhookSubscription", summary = "One webhook subscription (without its secret)")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = WebhookResponses.Subscription.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public WebhookResponses.Subscription get(@PathParam("subscriptionId") UUID id) {
        return WebhookResponses.Subscription.of(subscriptions.get(manager, id), null);
    }

    @PATCH
    @Path("/{subscriptionId}")
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(operationId = "changeWebhookSubscription", summary = "Change the URL, types, description, or switch it off or on")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = WebhookResponses.Subscription.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public WebhookResponses.Subscription change(@PathParam("subscriptionId") UUID id,
                                                @RequestBody(required = true) @Valid @NotNull WebhookRequests.Change request) {
        return WebhookResponses.Subscription.of(subscriptions.change(manager, id, request, audiences.current()), null);
    }

    @DELETE
    @Path("/{subscriptionId}")
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Remove a subscription, its undelivered messages and its log")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public void delete(@PathParam("subscriptionId") UUID id) {
        subscriptions.delete(manager, id);
    }

    @POST
    @Path("/{subscriptionId}/rotate-secret")
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "rotateWebhookSecret", summary = "A new signing secret, shown once",
            description = "Messages are signed with both the new and the previous secret until `previousSecretValidUntil`.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookResponses.Subscription.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public WebhookResponses.Subscription rotate(@PathParam("subscriptionId") UUID id) {
        WebhookSubscriptions.RotatedSecret rotated = subscriptions.rotate(manager, id);
        return WebhookResponses.Subscription.of(rotated.subscription(), rotated.secret());
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: every attempt, newest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = WebhookResponses.DeliveryPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deliveries(@PathParam("subscriptionId") UUID id, @Valid @BeanParam PageRequest page) {
        List<WebhookResponses.Delivery> found = subscriptions.deliveries(manager, id, cursors.after(page), page.fetchSize());
        Slice<WebhookResponses.Delivery> slice = cursors.slice(found, page, last -> new Cursor(last.attemptedAt(), last.id()));
        return PageLinks.ok(new WebhookResponses.DeliveryPage(slice.items(), slice.nextCursor()), slice, page);
    }

    @POST
    @Path("/{subscriptionId}/deliveries/{deliveryId}/redeliver")
    @RequiresScope(ApiScope.WEBHOOKS_MANAGE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "webhooks:manage")
    @Operation(operationId = "redeliverWebhook", summary = "Send this delivery's message again, with the same webhook-id")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookResponses.Redelivery.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response redeliver(@PathParam("subscriptionId") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(new WebhookResponses.Redelivery(subscriptions.redeliver(manager, id, deliveryId))).build();
    }
}
