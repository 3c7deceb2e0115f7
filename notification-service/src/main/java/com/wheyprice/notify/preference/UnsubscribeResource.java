package com.wheyprice.notify.preference;

import java.time.Clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.notify.preference.UnsubscribeTokens.Subject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The one action that needs no sign-in: turning off one kind of message from the link in it.
 * Mail clients send RFC 8058's one-click {@code POST} themselves (form-urlencoded or multipart,
 * {@code List-Unsubscribe=One-Click}; the token in the link says who and what); a person who follows the link
 * gets a page whose button sends the same {@code POST}, so a link scanner that fetches every URL
 * in a mail unsubscribes no one. Doing it twice changes nothing.
 */
@Path("/notifications/unsubscribe")
@Tag(name = "notifications")
public class UnsubscribeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String what);

        static native TemplateInstance done(String what);
    }

    private final UnsubscribeTokens tokens;
    private final Preferences preferences;
    private final Clock clock;

    UnsubscribeResource(UnsubscribeTokens tokens, Preferences preferences, Clock clock) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribe", summary = "A page asking to confirm turning off the messages the link came in")
    public Uni<String> page(@Parameter(description = "the token from the message's link", required = true) @QueryParam("token") String token) {
        return subject(token).chain(subject -> Templates.confirm(describe(subject)).createUni());
    }

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "unsubscribe", summary = "Turn off one kind of message on one channel (RFC 8058 one-click); needs no sign-in")
    public Uni<String> unsubscribe(@Parameter(description = "the token from the message's link", required = true) @QueryParam("token") String token) {
        return subject(token)
                .call(subject -> preferences.choose(subject.userId(), subject.channel(), subject.kind(), false, clock.instant()))
                .chain(subject -> Templates.done(describe(subject)).createUni());
    }

    private Uni<Subject> subject(String token) {
        return tokens.read(token).map(subject -> subject.orElseThrow(
                () -> ProblemException.invalidField("token", "is not an unsubscribe link of this platform")));
    }

    private static String describe(Subject subject) {
        return switch (subject.kind()) {
            case PRICE_ALERT -> "price alert e-mails";
            case DISCOVERY_DECISION -> "e-mails about the product pages you suggest";
            case ACCOUNT_SECURITY -> "e-mails about new sign-ins to your account";
            case ACCOUNT -> "e-mails about your account";
            case INTEGRATION -> "e-mails about your webhooks";
        };
    }
}
