package com.wheyprice.auth.session;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.Session;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** A user's signed-in devices: list them, sign one out, or sign out the current one. */
@Path("/auth")
@Tag(name = "sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class SessionResource {

    private final Database database;
    private final SessionRepository sessions;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final Revocations revocations;

    SessionResource(Database database, SessionRepository sessions, AuditLog audit, SecurityIdentity identity, Revocations revocations) {
        this.database = database;
        this.sessions = sessions;
        this.audit = audit;
        this.identity = identity;
        this.revocations = revocations;
    }

    @GET
    @Path("/me/sessions")
    @Operation(summary = "The signed-in user's live sessions (device, created, last used, IP)")
    public Uni<List<Session>> list() {
        return sessions.ofUser(database, SignedInUser.of(identity).id(), true);
    }

    @DELETE
    @Path("/me/sessions/{id}")
    @Operation(summary = "Sign out one of the user's sessions")
    public Uni<Response> revoke(@PathParam("id") UUID id, HttpServerRequest http) {
        return revoke(SignedInUser.of(identity), id, ClientInfo.ip(http), AuditAction.SESSION_REVOKED);
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out the session of the presented token")
    public Uni<Response> logout(HttpServerRequest http) {
        SignedInUser caller = SignedInUser.of(identity);
        if (caller.sessionId() == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "this token belongs to no session");
        }
        return revoke(caller, caller.sessionId(), ClientInfo.ip(http), AuditAction.LOGOUT);
    }

    private Uni<Response> revoke(SignedInUser caller, UUID sessionId, String ip, AuditAction action) {
        return database.inTransaction(tx -> sessions.find(tx, sessionId).chain(session -> {
            if (session == null || !session.userId().equals(caller.id())) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no such session");
            }
            return sessions.revoke(tx, sessionId, action == AuditAction.LOGOUT ? "logout" : "revoked by user")
                    .call(() -> audit.record(tx, action, "success", new AuditLog.Origin(caller.id().toString(), ip),
                            caller.id(), "session " + sessionId));
        }))
                .call(() -> revocations.announce(List.of(sessionId)))
                .map(ignored -> Response.noContent().build());
    }
}
