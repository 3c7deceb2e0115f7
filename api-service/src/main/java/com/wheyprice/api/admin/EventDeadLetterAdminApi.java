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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.cache.CatalogGeneration;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.catalog.api.CatalogEventConsumer;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.EventDeadLetters.DeadEvent;
import com.wheyprice.notification.api.EventConsumer;

import io.smallrye.mutiny.Uni;

/**
 * Events a consumer could not read, for admins: one means a provider publishes a type or schema
 * version that consumer's build does not know, so it is running behind and should be upgraded.
 * The consumers are api-service's response cache, notification-service's reader of catalog's and
 * auth's news for people, catalog-service's reader of auth's erasures, and auth-service's reader of
 * admin actions; their dead letters are
 * in the shared Redis, so api-service reads them itself.
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

    /** Who read the events. */
    public enum Consumer {
        /** api-service's response cache, following the change and price-drop streams. */
        API_CACHE(CatalogGeneration.CONSUMER),
        /** notification-service, reading fired alerts, discovery decisions, account messages and erasures. */
        NOTIFICATION_SERVICE(EventConsumer.NAME),
        /** catalog-service, reading erasures. */
        CATALOG_SERVICE(CatalogEventConsumer.NAME),
        /** auth-service, reading the other services' admin actions into the audit trail. */
        AUTH_SERVICE(AdminActionTaken.CONSUMER);

        private final String name;

        Consumer(String name) {
            this.name = name;
        }
    }

    @GET
    @Operation(operationId = "listEventDeadLetters", summary = "Events one consumer could not read, newest first")
    public Uni<List<DeadEvent>> newest(
            @QueryParam("consumer") @DefaultValue("API_CACHE") @Parameter(description = "whose dead letters: the response cache's by default") Consumer consumer,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return deadLetters.newest(consumer.name, limit);
    }
}
