package com.wheyprice.catalog.alert;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.Alert;
import com.wheyprice.catalog.api.AlertRequest;
import com.wheyprice.catalog.price.PriceResource;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.platform.api.Created;
import com.wheyprice.platform.api.Money;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A signed-in shopper's price alerts. */
@Path("/catalog/alerts")
@Tag(name = "alerts")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService alerts;
    private final SecurityIdentity identity;

    AlertResource(AlertService alerts, SecurityIdentity identity) {
        this.alerts = alerts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your price alerts, each with the times it fired")
    public Uni<List<Alert>> listAlerts() {
        return alerts.list(SignedInUser.of(identity).id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a target price for a variant (USER: up to 5 alerts, PREMIUM: up to 100)")
    public Uni<Response> createAlert(@Valid @NotNull AlertRequest request) {
        Money target = request.targetPrice();
        SignedInUser user = SignedInUser.of(identity);
        return alerts.create(user.id(), user.tier(), request.variantId(), target)
                .map(id -> Response.created(URI.create("/catalog/alerts/" + id)).entity(new Created(id)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of your alerts")
    public Uni<Response> deleteAlert(@PathParam("id") String id) {
        UUID alertId = PriceResource.uuid(id, "id");
        return alerts.delete(SignedInUser.of(identity).id(), alertId).map(deleted -> {
            if (!deleted) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no alert " + alertId + " of yours");
            }
            return Response.noContent().build();
        });
    }
}
