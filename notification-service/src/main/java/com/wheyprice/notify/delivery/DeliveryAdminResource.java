package com.wheyprice.notify.delivery;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.notification.api.Delivery;
import com.wheyprice.notification.api.DeliveryQuery;
import com.wheyprice.notification.api.DeliveryStatus;
import com.wheyprice.platform.api.Page;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * Admins look at deliveries, the dead letters first (failed every attempt: a broken SMTP
 * account, an auth-service outage), and send a dead one again once the cause is fixed. No
 * address or content is shown; notification-service keeps none.
 */
@Path("/notifications/admin/deliveries")
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryAdminResource {

    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final Database database;
    private final AdminAudit audit;

    DeliveryAdminResource(DeliveryRepository deliveries, Clock clock, Database database, AdminAudit audit) {
        this.database = database;
        this.audit = audit;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Deliveries in one status (DEAD by default), most recently changed first")
    public Uni<Page<Delivery>> listDeliveries(@Valid @BeanParam DeliveryQuery query) {
        return deliveries.list(query.status(), Cursor.decodeInstant(query.after(), "after"), query.limit() + 1)
                .map(rows -> Cursor.page(rows, query.limit(), delivery -> Cursor.of(delivery.updatedAt(), delivery.id())));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Send a dead delivery again, with fresh attempts")
    public Uni<Delivery> replayDelivery(@PathParam("id") UUID id) {
        return deliveries.replay(id, clock.instant()).map(delivery -> {
            if (delivery == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no delivery " + id);
            }
            if (delivery.status() != DeliveryStatus.PENDING) {
                throw new ProblemException(ProblemType.CONFLICT, "delivery " + id + " is " + delivery.status() + "; only a DEAD one is replayed");
            }
            return delivery;
        }).call(delivery -> database.inTransaction(tx -> audit.record(tx, AuditAction.DELIVERY_REPLAY, "deliveries:" + id,
                Map.of("status", DeliveryStatus.DEAD), Map.of("status", delivery.status(), "attempts", delivery.attempts()))));
    }
}
