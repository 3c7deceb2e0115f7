package com.wheyprice.auth.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.recovery.PasswordResets;
import com.wheyprice.common.request.ClientInfo;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The account steps that need no sign-in, as API calls (JSON): verifying an address, asking for
 * a reset link and setting a new password with it, confirming a new address. The person who
 * clicks a mailed link gets the same steps as pages ({@link AccountLinkPages}).
 */
@Path("/auth")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountLinkResource {

    private final AddressVerifications verifications;
    private final PasswordResets resets;
    private final AddressChanges changes;

    AccountLinkResource(AddressVerifications verifications, PasswordResets resets, AddressChanges changes) {
        this.verifications = verifications;
        this.resets = resets;
        this.changes = changes;
    }

    @POST
    @Path("/verify-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prove the account's address with the token from the verification e-mail")
    public Uni<Response> verify(@Valid @NotNull AccountRequests.LinkConfirmation request, HttpServerRequest http) {
        return verifications.confirm(request, ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mail a password-reset link to the address, if it has an account; the answer is the same either way")
    public Uni<Response> requestReset(@Valid @NotNull AccountRequests.PasswordReset request, HttpServerRequest http) {
        return resets.request(request, ClientInfo.ip(http)).map(ignored -> Response.accepted().build());
    }

    @POST
    @Path("/password-reset/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password with the token from the reset e-mail; every session of the account ends")
    public Uni<Response> confirmReset(@Valid @NotNull AccountRequests.PasswordResetConfirmation request, HttpServerRequest http) {
        return resets.confirm(request, ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/email-change/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make the new address the account's, with the token mailed to it; the account's other sessions end")
    public Uni<Response> confirmChange(@Valid @NotNull AccountRequests.LinkConfirmation request, HttpServerRequest http) {
        return changes.confirm(request, ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }
}
