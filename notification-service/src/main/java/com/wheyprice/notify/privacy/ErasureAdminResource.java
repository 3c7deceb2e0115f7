package com.wheyprice.notify.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/** notification-service's part of an erasure's progress, for admins (api-service shows every service's). */
@Path("/notifications/admin/erasures")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ErasureAdminResource {

    private final NotificationErasures erasures;

    ErasureAdminResource(NotificationErasures erasures) {
        this.erasures = erasures;
    }

    @GET
    @Path("/{subject}")
    @Operation(summary = "When notification-service erased what it held about this person, if it has")
    public Uni<ErasureReceipt> receipt(@PathParam("subject") UUID subject) {
        return erasures.receipt(subject);
    }
}
