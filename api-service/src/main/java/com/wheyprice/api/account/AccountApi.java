package com.wheyprice.api.account;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.api.privacy.DataExports;
import com.wheyprice.api.privacy.PlatformDataExport;
import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.Registration;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.Session;
import com.wheyprice.auth.api.SocialProviderStatus;
import com.wheyprice.auth.api.TokenRequest;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.platform.api.Problem;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Accounts and sessions, answered by auth-service: sign-up, password and social sign-in, token
 * refresh, sign-out, the caller's account, its erasure and its sessions, and the GDPR export of
 * everything the platform holds about the caller ({@link DataExports}). The
 * client's address goes along ({@code X-Forwarded-For}), so auth-service throttles sign-in
 * attempts per client, not per api-service instance. Social sign-in runs as browser redirects
 * through here as well, with the provider's state cookie passed both ways, so the callback the
 * providers know is the public one.
 */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "account")
public class AccountApi extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String LINK_TOKEN = "the token from the e-mail's link";

    /** The pages of account links, one per step an e-mail's link can take. */
    private static final String STEPS = "verify-email|password-reset|email-change";

    /** What a link's page posts: the new password on the reset page, nothing on the others (the token rides in the query). */
    record LinkPageForm(@Schema(maxLength = AccountRequests.MAX_PASSWORD_LENGTH) String newPassword) {
    }

    private final DataExports exports;
    private final SecurityIdentity identity;

    AccountApi(Downstreams downstreams, DataExports exports, SecurityIdentity identity) {
        super(downstreams.auth());
        this.exports = exports;
        this.identity = identity;
    }

    @APIResponse(responseCode = "202", description = "a message went to the address: a link that verifies it when it is new (the account, "
            + "tier USER, can sign in at once), or a note to its owner when it has an account; the answer is the same either way",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Registration.class)))
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.Register.class)))
    @POST
    @Path("/register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "register", summary = "Create an account with email and password; its address is verified from the link mailed to it")
    public Uni<Response> register(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/register", body);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "wrong email or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.Login.class)))
    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Sign in with email and password; answers an access and a refresh token")
    public Uni<Response> login(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/login", body);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "the refresh token is used up, expired or revoked, or the client is unknown; sign in again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = TokenRequest.class)))
    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "refreshToken", summary = "OAuth 2 token endpoint: refresh_token (rotating) or client_credentials")
    public Uni<Response> token(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/token", body);
    }

    @APIResponse(responseCode = "204", description = "signed out")
    @POST
    @Path("/logout")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "logout", summary = "End the caller's session")
    public Uni<Response> logout(@Context HttpServerRequest request) {
        return relay(request, "/auth/logout", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = Account.class)))
    @GET
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getAccount", summary = "The caller's account")
    public Uni<Response> me(@Context HttpServerRequest request) {
        return relay(request, "/auth/me", null);
    }

    @APIResponse(responseCode = "200", description = "every service's part: the account, its sign-in identities, sessions and audit trail;"
            + " alerts, suggested pages and signed-in clicks; notification choices, webhooks and deliveries",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PlatformDataExport.class)))
    @GET
    @Path("/me/export")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "exportAccountData", summary = "Everything the platform holds about the caller (GDPR export)")
    public Uni<Response> export(@Context HttpServerRequest request) {
        return exports.of(request, SignedInUser.of(identity).id());
    }

    @APIResponse(responseCode = "204", description = "changed; every other session of the caller has ended")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.PasswordChange.class)))
    @POST
    @Path("/me/password")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePassword", summary = "Change the caller's password, giving the current one; the caller's other sessions end")
    public Uni<Response> changePassword(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/me/password", body);
    }

    @APIResponse(responseCode = "202", description = "a link went to the new address; the change takes effect when it is followed "
            + "(an address that has an account gets a note instead, and the answer is the same)")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.AddressChange.class)))
    @POST
    @Path("/me/email")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeEmail", summary = "Move the caller's account to a new address, giving the current password")
    public Uni<Response> changeEmail(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/me/email", body);
    }

    @APIResponse(responseCode = "202", description = "another verification link is on its way")
    @APIResponse(responseCode = "409", description = "the address is already verified",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @POST
    @Path("/me/verification-email")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "resendVerificationEmail", summary = "Mail the caller another link verifying their address")
    public Uni<Response> resendVerification(@Context HttpServerRequest request) {
        return relay(request, "/auth/me/verification-email", null);
    }

    @APIResponse(responseCode = "202", description = "if the address has an account, a reset link is on its way; the answer is the same either way")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.PasswordReset.class)))
    @POST
    @Path("/password-reset")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPasswordReset", summary = "Mail a link that sets a new password (it works once, for 30 minutes)")
    public Uni<Response> requestReset(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/password-reset", body);
    }

    @APIResponse(responseCode = "204", description = "the password is set and every session of the account has ended")
    @RequestBody(required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.PasswordResetConfirmation.class)))
    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with a reset link's token")
    public Uni<Response> confirmReset(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/password-reset/confirm", body);
    }

    @APIResponse(responseCode = "204", description = "the address is verified")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.LinkConfirmation.class)))
    @POST
    @Path("/verify-email")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyEmail", summary = "Verify the account's address with the token from the verification e-mail")
    public Uni<Response> verify(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/verify-email", body);
    }

    @APIResponse(responseCode = "204", description = "the account uses the new address; its other sessions have ended")
    @APIResponse(responseCode = "409", description = "another account took the address meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.LinkConfirmation.class)))
    @POST
    @Path("/email-change/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmEmailChange", summary = "Make the new address the account's, with the token mailed to it")
    public Uni<Response> confirmChange(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/email-change/confirm", body);
    }

    @APIResponse(responseCode = "200", description = "a page whose button (and, for a reset, password field) posts the link's token back",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/pages/{step: " + STEPS + "}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showAccountLinkPage",
            summary = "The page an account e-mail's link opens: verify-email, password-reset or email-change (a browser navigation, not an API call)")
    public Uni<Response> page(@Parameter(schema = @Schema(enumeration = { "verify-email", "password-reset", "email-change" }))
            @PathParam("step") String step, @Parameter(description = LINK_TOKEN) @QueryParam("token") String token,
            @Context HttpServerRequest request) {
        return relay(request, "/auth/pages/" + step, null);
    }

    @APIResponse(responseCode = "200", description = "the step's outcome as a page, or the form again saying what was wrong",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = LinkPageForm.class)))
    @POST
    @Path("/pages/{step: " + STEPS + "}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "submitAccountLinkPage", summary = "The button of an account link's page")
    public Uni<Response> submitPage(@Parameter(schema = @Schema(enumeration = { "verify-email", "password-reset", "email-change" }))
            @PathParam("step") String step, @Parameter(description = LINK_TOKEN) @QueryParam("token") String token, byte[] body,
            @Context HttpServerRequest request) {
        return relay(request, "/auth/pages/" + step, body);
    }

    @APIResponse(responseCode = "204", description = "erased")
    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "eraseAccount", summary = "Erase the caller's account (GDPR erasure)")
    public Uni<Response> erase(@Context HttpServerRequest request) {
        return relay(request, "/auth/me", null);
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Session.class)))
    @GET
    @Path("/me/sessions")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listSessions", summary = "The caller's signed-in sessions")
    public Uni<Response> sessions(@Context HttpServerRequest request) {
        return relay(request, "/auth/me/sessions", null);
    }

    @APIResponse(responseCode = "204", description = "signed out")
    @DELETE
    @Path("/me/sessions/{id}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "endSession", summary = "Sign one of the caller's sessions out")
    public Uni<Response> revoke(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/auth/me/sessions/" + safe(id), null);
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SocialProviderStatus.class)))
    @GET
    @Path("/social/providers")
    @PermitAll
    @Operation(operationId = "listSocialProviders", summary = "The social sign-in providers that are configured")
    public Uni<Response> providers(@Context HttpServerRequest request) {
        return relay(request, "/auth/social/providers", null);
    }

    @APIResponse(responseCode = "303", description = "on to the provider's sign-in, by way of the callback",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/social/{provider}")
    @PermitAll
    @Operation(operationId = "startSocialSignIn", summary = "Start signing in with google, github or facebook (a browser navigation, not an API call)")
    public Uni<Response> socialStart(@PathParam("provider") String provider, @Context HttpServerRequest request) {
        return relay(request, "/auth/social/" + safe(provider), null);
    }

    @APIResponse(responseCode = "200", description = "signed in; without a configured result page the tokens are the answer",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "302", description = "to the provider (no sign-in under way yet)",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "303", description = "signed in: to the result page, tokens in the URL fragment",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/social/{provider}/callback")
    @PermitAll
    @Operation(operationId = "finishSocialSignIn", summary = "Where the provider sends the browser back; register this URL with the provider")
    public Uni<Response> socialCallback(@PathParam("provider") String provider, @Context HttpServerRequest request) {
        return relay(request, "/auth/social/" + safe(provider) + "/callback", null);
    }
}
