package com.wheyprice.api.admin;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.notification.api.Delivery;
import com.wheyprice.notification.api.DeliveryPage;
import com.wheyprice.notification.api.DeliveryQuery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Notification administration, answered by notification-service: the deliveries (dead letters
 * first, those that failed every attempt) and sending a dead one again. No address or content.
 */
@Path("/api/v1/admin/notification-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class NotificationAdminApi extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    NotificationAdminApi(Downstreams downstreams) {
        super(downstreams.notification());
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @GET
    @Operation(operationId = "listNotificationDeliveries", summary = "Deliveries in one status (DEAD by default), most recently changed first")
    public Uni<Response> list(@BeanParam DeliveryQuery query, @Context HttpServerRequest request) {
        return relay(request, "/notifications/admin/deliveries", null);
    }

    @APIResponse(responseCode = "200", description = "pending again, with fresh attempts",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Delivery.class)))
    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayNotificationDelivery", summary = "Send a dead delivery again")
    public Uni<Response> replay(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/notifications/admin/deliveries/" + safe(id) + "/replay", null);
    }
}
