package com.wheyprice.api.notification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notification.api.OneClickUnsubscribe;
import com.wheyprice.notification.api.Preference;
import com.wheyprice.notification.api.Webhook;
import com.wheyprice.platform.api.Problem;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * What notification-service offers people, answered by it: their notification settings, their
 * webhooks (PREMIUM and above), and the one-click unsubscribe every message links to (RFC 8058),
 * which needs no sign-in since the link's token names the person, the channel and the kind of message.
 */
@Path("/api/v1/notifications")
@Tag(name = "notifications")
public class NotificationApi extends RelayingResource {

    private static final String TOKEN = "the token from the message's unsubscribe link";

    NotificationApi(Downstreams downstreams) {
        super(downstreams.notification());
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Preference.class)))
    @GET
    @Path("/preferences")
    @RolesAllowed(Roles.USER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNotificationPreferences", summary = "The caller's notification settings, one per channel and kind (all on until turned off)")
    public Uni<Response> preferences(@Context HttpServerRequest request) {
        return relay(request, "/notifications/preferences", null);
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preference.Change.class)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preference.class)))
    @PUT
    @Path("/preferences/{channel}/{kind}")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeNotificationPreference", summary = "Turn one kind of message on one channel on or off")
    public Uni<Response> change(@PathParam("channel") Channel channel, @PathParam("kind") Kind kind, byte[] body,
            @Context HttpServerRequest request) {
        return relay(request, "/notifications/preferences/" + channel + "/" + kind, body);
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Webhook.class)))
    @GET
    @Path("/webhooks")
    @RolesAllowed(Roles.USER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks")
    public Uni<Response> webhooks(@Context HttpServerRequest request) {
        return relay(request, "/notifications/webhooks", null);
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.Registration.class)))
    @APIResponse(responseCode = "201", description = "registered; the answer holds the signing secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.Created.class)))
    @APIResponse(responseCode = "403", description = "webhooks are for PREMIUM accounts and above",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the caller has as many webhooks as allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @POST
    @Path("/webhooks")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook",
            summary = "Register an HTTPS webhook (port 443, public host) that gets the caller's price alerts as Standard Webhooks-signed POSTs")
    public Uni<Response> register(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/notifications/webhooks", body);
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.Change.class)))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @PUT
    @Path("/webhooks/{id}")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeWebhook", summary = "Turn one of the caller's webhooks on (its failures forgotten) or off")
    public Uni<Response> change(@PathParam("id") UUID id, byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/notifications/webhooks/" + id, body);
    }

    @APIResponse(responseCode = "204", description = "deleted")
    @DELETE
    @Path("/webhooks/{id}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "deleteWebhook", summary = "Delete one of the caller's webhooks")
    public Uni<Response> delete(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        return relay(request, "/notifications/webhooks/" + id, null);
    }

    @APIResponse(responseCode = "200", description = "a page whose button unsubscribes (so a link scanner fetching the URL does not)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribe", summary = "The page an unsubscribe link opens")
    public Uni<Response> page(@Parameter(description = TOKEN, required = true) @QueryParam("token") String token,
            @Context HttpServerRequest request) {
        return relay(request, "/notifications/unsubscribe", null);
    }

    @APIResponse(responseCode = "200", description = "unsubscribed (doing it again changes nothing)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @RequestBody(content = { @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = OneClickUnsubscribe.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = OneClickUnsubscribe.class)) })
    @POST
    @Path("/unsubscribe")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "unsubscribe", summary = "Turn off the kind of message the link came in (RFC 8058 one-click); needs no sign-in")
    public Uni<Response> unsubscribe(@Parameter(description = TOKEN, required = true) @QueryParam("token") String token, byte[] body,
            @Context HttpServerRequest request) {
        return relay(request, "/notifications/unsubscribe", body);
    }
}
