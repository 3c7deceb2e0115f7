package com.wheyprice.auth.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.DataExport;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.common.security.SignedInUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Sign-up, password sign-in, and what a signed-in user may see and do with their own account (its password included). */
@Path("/auth")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;
    private final PasswordChanges passwords;
    private final SecurityIdentity identity;

    AccountResource(AccountService accounts, PasswordChanges passwords, SecurityIdentity identity) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.identity = identity;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (tier USER)")
    public Uni<Response> register(@Valid @NotNull AccountRequests.Register request, HttpServerRequest http) {
        return accounts.register(request, ClientInfo.ip(http))
                .map(account -> Response.status(Response.Status.CREATED).entity(account).build());
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with email and password; answers an access and a refresh token")
    public Uni<TokenResponse> login(@Valid @NotNull AccountRequests.Login request, HttpServerRequest http) {
        return accounts.login(request, ClientInfo.device(http), ClientInfo.ip(http));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "The signed-in user's account")
    public Uni<Account> me() {
        return accounts.profile(SignedInUser.of(identity).id());
    }

    @GET
    @Path("/me/export")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Everything held about the signed-in user (GDPR export)")
    public Uni<DataExport> export(HttpServerRequest http) {
        return accounts.export(SignedInUser.of(identity).id(), ClientInfo.ip(http));
    }

    @POST
    @Path("/me/password")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the signed-in user's password, giving the current one; every other session of the user ends")
    public Uni<Response> changePassword(@Valid @NotNull AccountRequests.PasswordChange request, HttpServerRequest http) {
        SignedInUser user = SignedInUser.of(identity);
        return passwords.change(user.id(), user.sessionId(), request, ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Erase the signed-in user's account: personal data removed, sessions revoked, audit trail kept")
    public Uni<Response> erase(HttpServerRequest http) {
        return accounts.erase(SignedInUser.of(identity).id(), ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }
}
