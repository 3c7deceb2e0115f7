package com.wheyprice.auth.account;

import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.recovery.PasswordResets;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.ClientInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * What the links in account e-mails open, none of which needs a sign-in: verifying an address,
 * setting a new password, confirming a new address. Each is an API call (JSON) for apps, and a
 * page for the person who clicks the link: a {@code GET} shows a form whose button posts the
 * token, so a mail scanner that fetches every link uses none. Asking for a reset link is here too.
 */
@Path("/auth")
@Tag(name = "accounts")
public class AccountLinkResource {

    /** One page for every step: a form to confirm (with a password field for a reset), or the outcome. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String title, String text, boolean form, boolean password, String error);
    }

    private static final String VERIFY = "Verify your e-mail address";
    private static final String RESET = "Choose a new password";
    private static final String CHANGE = "Confirm your new e-mail address";

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

    @GET
    @Path("/verify-email")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page the verification link opens")
    public Uni<String> verifyPage(@QueryParam("token") String token) {
        return Templates.page(VERIFY, "Confirm that this is your address.", true, false, null).createUni();
    }

    @POST
    @Path("/verify-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The verification page's button")
    public Uni<String> verifyForm(@QueryParam("token") String token, HttpServerRequest http) {
        return outcome(VERIFY, token, null, () -> verifications.confirm(new AccountRequests.LinkConfirmation(token), ClientInfo.ip(http)),
                "Your address is verified. Price alerts will now reach you.");
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

    @GET
    @Path("/password-reset/confirm")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page the reset link opens: a form for the new password")
    public Uni<String> resetPage(@QueryParam("token") String token) {
        return Templates.page(RESET, "Choose a new password for your account. Every device signed in to it will be signed out.", true, true, null)
                .createUni();
    }

    @POST
    @Path("/password-reset/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The reset page's form")
    public Uni<String> resetForm(@QueryParam("token") String token, @FormParam("newPassword") String newPassword, HttpServerRequest http) {
        return outcome(RESET, token, newPassword == null ? "" : newPassword, () -> resets.confirm(new AccountRequests.PasswordResetConfirmation(token, newPassword), ClientInfo.ip(http)),
                "Your password is changed. Sign in with it; every other device was signed out.");
    }

    @POST
    @Path("/email-change/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make the new address the account's, with the token mailed to it; the account's other sessions end")
    public Uni<Response> confirmChange(@Valid @NotNull AccountRequests.LinkConfirmation request, HttpServerRequest http) {
        return changes.confirm(request, ClientInfo.ip(http)).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/email-change/confirm")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page the address-change link opens")
    public Uni<String> changePage(@QueryParam("token") String token) {
        return Templates.page(CHANGE, "Confirm that your account should use this address from now on.", true, false, null).createUni();
    }

    @POST
    @Path("/email-change/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The address-change page's button")
    public Uni<String> changeForm(@QueryParam("token") String token, HttpServerRequest http) {
        return outcome(CHANGE, token, null, () -> changes.confirm(new AccountRequests.LinkConfirmation(token), ClientInfo.ip(http)),
                "Your account now uses this address. Sign in with it.");
    }

    /**
     * The page after a form's button: the outcome, or the form again with what was wrong (a link
     * that does not work, a password the policy refuses). A missing or oversized token or password
     * is refused before any work, as the JSON call would refuse it; {@code newPassword} is null for
     * the pages that set none.
     */
    private static Uni<String> outcome(String title, String token, String newPassword, Supplier<Uni<Void>> action, String done) {
        return Uni.createFrom().deferred(() -> {
                    if (token == null || token.isBlank() || token.length() > 100) {
                        throw ProblemException.invalidField("token", "this link is incomplete; open it from the e-mail again");
                    }
                    if (newPassword != null && (newPassword.isEmpty() || newPassword.length() > AccountRequests.MAX_PASSWORD_LENGTH)) {
                        throw ProblemException.invalidField("newPassword", "must be 1 to " + AccountRequests.MAX_PASSWORD_LENGTH + " characters");
                    }
                    return action.get();
                })
                .chain(() -> Templates.page(title, done, false, false, null).createUni())
                .onFailure(ProblemException.class).recoverWithUni(error -> Templates.page(title, "", !linkFailed((ProblemException) error),
                        newPassword != null, message((ProblemException) error)).createUni());
    }

    private static boolean linkFailed(ProblemException error) {
        return error.errors() != null && error.errors().stream().anyMatch(field -> field.field().equals("token"));
    }

    private static String message(ProblemException error) {
        return error.errors() == null || error.errors().isEmpty() ? error.getMessage()
                : error.errors().stream().map(field -> field.field().equals("token") ? field.message() : field.field() + " " + field.message())
                        .reduce((a, b) -> a + "; " + b).orElse(error.getMessage());
    }
}
