package com.wheyprice.auth.admin;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountListQuery;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AuditEntry;
import com.wheyprice.auth.api.AuditQuery;
import com.wheyprice.auth.api.KeyRotation;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.platform.api.Page;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Account administration and the audit trail, for admins. */
@Path("/auth/admin")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private final AdminService admin;
    private final SecurityIdentity identity;

    AdminResource(AdminService admin, SecurityIdentity identity) {
        this.admin = admin;
        this.identity = identity;
    }

    @GET
    @Path("/users")
    @Operation(summary = "Accounts in creation order, optionally of one tier, or the one with an exact email")
    public Uni<Page<Account>> users(@Valid @BeanParam AccountListQuery query) {
        return admin.users(query.tier() == null ? null : tier(query.tier()), query.email(), Cursor.decodeInstant(query.after(), "after"),
                query.limit());
    }

    @PUT
    @Path("/users/{id}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an account's tier")
    public Uni<Account> changeTier(@PathParam("id") UUID id, @Valid @NotNull AccountRequests.TierChange change, HttpServerRequest http) {
        return admin.changeTier(SignedInUser.of(identity), id, change.tier(), ClientInfo.ip(http));
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit trail of every service, newest first, optionally by actor, service, action, target and time")
    public Uni<Page<AuditEntry>> audit(@Valid @BeanParam AuditQuery query) {
        return admin.audit(query, Cursor.decodeInstant(query.before(), "before"), query.limit());
    }

    @POST
    @Path("/pii-keys/rotate")
    @RolesAllowed(Roles.SUPER_ADMIN)
    @Operation(summary = "Re-encrypt all personal data with the active PII key")
    public Uni<KeyRotation> rotatePiiKeys(HttpServerRequest http) {
        return admin.rotatePiiKeys(SignedInUser.of(identity), ClientInfo.ip(http)).map(KeyRotation::new);
    }

    private static Tier tier(String value) {
        try {
            return Tier.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("tier", e.getMessage());
        }
    }
}
