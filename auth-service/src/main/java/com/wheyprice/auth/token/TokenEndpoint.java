package com.wheyprice.auth.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.session.SessionService;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The OAuth 2.0 token endpoint: {@code refresh_token} for users (rotating the refresh token) and
 * {@code client_credentials} for services (secret by HTTP Basic or form fields).
 */
@Path("/auth/token")
@Tag(name = "tokens")
public class TokenEndpoint {

    private final SessionService sessions;
    private final ServiceClients clients;
    private final TokenIssuer issuer;
    private final AuditLog audit;
    private final Database database;

    TokenEndpoint(SessionService sessions, ServiceClients clients, TokenIssuer issuer, AuditLog audit, Database database) {
        this.sessions = sessions;
        this.clients = clients;
        this.issuer = issuer;
        this.audit = audit;
        this.database = database;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a refresh token, or service credentials, for tokens")
    public Uni<TokenResponse> token(@FormParam("grant_type") String grantType, @FormParam("refresh_token") String refreshToken,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, HttpServerRequest http) {
        String ip = ClientInfo.ip(http);
        if ("refresh_token".equals(grantType)) {
            if (refreshToken == null || refreshToken.isBlank()) {
                throw ProblemException.invalidField("refresh_token", "is required for grant_type=refresh_token");
            }
            return sessions.refresh(refreshToken, ip);
        }
        if ("client_credentials".equals(grantType)) {
            String[] credentials = basicCredentials(authorization);
            String id = credentials == null ? clientId : credentials[0];
            String secret = credentials == null ? clientSecret : credentials[1];
            return clients.authenticate(id, secret).call(valid -> audit.record(database, AuditAction.CLIENT_TOKEN,
                            valid ? "success" : "failure", new AuditLog.Origin(id, ip), null, null))
                    .map(valid -> {
                        if (!valid) {
                            throw new ProblemException(ProblemType.UNAUTHORIZED, "unknown client or wrong secret");
                        }
                        return issuer.forClient(id);
                    });
        }
        throw ProblemException.invalidField("grant_type", "must be refresh_token or client_credentials");
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
