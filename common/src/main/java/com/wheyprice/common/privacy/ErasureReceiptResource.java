package com.wheyprice.common.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/**
 * One service's part of an erasure's progress, for admins; api-service asks every service and
 * shows the answers together ({@code GET /api/v1/admin/erasures/{subject}}). A service extends it
 * with its own {@code @Path} and {@code @Tag}.
 */
public abstract class ErasureReceiptResource {

    private final ErasureReceipts receipts;

    protected ErasureReceiptResource(ErasureReceipts receipts) {
        this.receipts = receipts;
    }

    @GET
    @Path("/{subject}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "When this service erased what it held about the person, if it has")
    public Uni<ErasureReceipt> receipt(@PathParam("subject") UUID subject) {
        return receipts.receipt(subject);
    }
}
