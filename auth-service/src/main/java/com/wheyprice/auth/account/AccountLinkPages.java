package com.wheyprice.auth.account;

import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
 * What the links in account e-mails open, for the person who clicks them: a {@code GET} shows a
 * page whose form (a button, and a password field for a reset) posts the link's token back, so
 * a mail scanner that fetches every link uses none; the {@code POST} does the step and shows its
 * outcome. The steps are {@link AccountLinkResource}'s, as apps call them.
 */
@Path("/auth/pages")
@Tag(name = "accounts")
@Produces(MediaType.TEXT_HTML)
public class AccountLinkPages {

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

    AccountLinkPages(AddressVerifications verifications, PasswordResets resets, AddressChanges changes) {
        this.verifications = verifications;
        this.resets = resets;
        this.changes = changes;
    }

    @GET
    @Path("/verify-email")
    @Operation(summary = "The page the verification link opens")
    public Uni<String> verifyPage(@QueryParam("token") String token) {
        return Templates.page(VERIFY, "Confirm that this is your address.", true, false, null).createUni();
    }

    @POST
    @Path("/verify-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The verification page's button")
    public Uni<String> verifyForm(@QueryParam("token") String token, HttpServerRequest http) {
        return outcome(VERIFY, token, null, () -> verifications.confirm(new AccountRequests.LinkConfirmation(token), ClientInfo.ip(http)),
                "Your address is verified. Price alerts will now reach you.");
    }

    @GET
    @Path("/password-reset")
    @Operation(summary = "The page the reset link opens: a form for the new password")
    public Uni<String> resetPage(@QueryParam("token") String token) {
        return Templates.page(RESET, "Choose a new password for your account. Every device signed in to it will be signed out.", true, true, null)
                .createUni();
    }

    @POST
    @Path("/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The reset page's form")
    public Uni<String> resetForm(@QueryParam("token") String token, @FormParam("newPassword") String newPassword, HttpServerRequest http) {
        return outcome(RESET, token, newPassword == null ? "" : newPassword,
                () -> resets.confirm(new AccountRequests.PasswordResetConfirmation(token, newPassword), ClientInfo.ip(http)),
                "Your password is changed. Sign in with it; every other device was signed out.");
    }

    @GET
    @Path("/email-change")
    @Operation(summary = "The page the address-change link opens")
    public Uni<String> changePage(@QueryParam("token") String token) {
        return Templates.page(CHANGE, "Confirm that your account should use this address from now on.", true, false, null).createUni();
    }

    @POST
    @Path("/email-change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
