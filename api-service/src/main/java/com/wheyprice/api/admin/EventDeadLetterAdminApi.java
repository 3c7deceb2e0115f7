package com.wheyprice.api.admin;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.cache.CatalogGeneration;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.EventDeadLetters.DeadEvent;

import io.smallrye.mutiny.Uni;

/**
 * Catalog events api-service's consumers could not read, for admins: one means catalog-service
 * publishes a type or schema version this api-service build does not know, so it is running
 * behind and should be upgraded.
 */
@Path("/api/v1/admin/event-dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class EventDeadLetterAdminApi {

    private final EventDeadLetters deadLetters;

    EventDeadLetterAdminApi(EventDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(operationId = "listEventDeadLetters", summary = "Catalog events the response cache's consumer could not read, newest first")
    public Uni<List<DeadEvent>> newest(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return deadLetters.newest(CatalogGeneration.CONSUMER, limit);
    }
}
