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
import com.wheyprice.auth.privacy.Erasures;
import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.common.security.SignedInUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Sign-up, password sign-in, and what a signed-in user may see and do with their own account (its password and address included). */
@Path("/auth")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;
    private final PasswordChanges passwords;
    private final AddressVerifications verifications;
    private final AddressChanges addressChanges;
    private final Erasures erasures;
    private final SecurityIdentity identity;

    AccountResource(AccountService accounts, PasswordChanges passwords, AddressVerifications verifications, AddressChanges addressChanges,
            Erasures erasures, SecurityIdentity identity) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.verifications = verifications;
        this.addressChanges = addressChanges;
        this.erasures = erasures;
        this.identity = identity;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (tier USER) and mail a link verifying its address; an address that has an account gets a note instead, and the answer is the same")
    public Uni<Response> register(@Valid @NotNull AccountRequests.Register request, HttpServerRequest http) {
        return accounts.register(request, ClientInfo.ip(http))
                .map(registration -> Response.accepted(registration).build());
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

    @POST
    @Path("/me/email")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the account to a new address, giving the current password; it takes effect once confirmed from the link mailed there")
    public Uni<Response> changeEmail(@Valid @NotNull AccountRequests.AddressChange request, HttpServerRequest http) {
        SignedInUser user = SignedInUser.of(identity);
        return addressChanges.request(user.id(), user.sessionId(), request, ClientInfo.ip(http)).map(ignored -> Response.accepted().build());
    }

    @POST
    @Path("/me/verification-email")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Mail the signed-in user another link verifying their address")
    public Uni<Response> resendVerification() {
        return verifications.resend(SignedInUser.of(identity).id()).map(ignored -> Response.accepted().build());
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Erase the signed-in user's account: personal data removed, sessions revoked, audit trail kept; every other service then erases its part")
    public Uni<Response> erase(HttpServerRequest http) {
        return erasures.erase(SignedInUser.of(identity).id(), ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }
}
