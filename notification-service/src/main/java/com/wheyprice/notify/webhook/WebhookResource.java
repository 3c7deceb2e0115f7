package com.wheyprice.notify.webhook;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.notification.api.Webhook;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A signed-in person's webhooks: list, register (PREMIUM and above; the signing secret is in the
 * answer, once), turn on or off, delete. Nobody sees or touches another person's webhooks: each
 * call names the caller, and another's id answers 404 as an unknown one does.
 */
@Path("/notifications/webhooks")
@Tag(name = "notifications")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final WebhookSigner signer;
    private final SecurityIdentity identity;
    private final NotifyConfig config;
    private final Clock clock;

    WebhookResource(WebhookRepository webhooks, WebhookTargets targets, WebhookSigner signer, SecurityIdentity identity, NotifyConfig config,
            Clock clock) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.signer = signer;
        this.identity = identity;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The caller's webhooks")
    public Uni<List<Webhook>> listWebhooks() {
        return webhooks.of(SignedInUser.of(identity).id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an HTTPS webhook for price alerts (PREMIUM and above); the answer holds its signing secret, shown this once")
    public Uni<Response> registerWebhook(@Valid @NotNull Webhook.Registration registration) {
        SignedInUser user = SignedInUser.of(identity);
        if (user.tier().compareTo(Tier.PREMIUM) < 0) {
            throw new ProblemException(ProblemType.FORBIDDEN, "webhooks are for PREMIUM accounts and above");
        }
        return targets.checked(registration.url())
                .chain(url -> webhooks.add(user.id(), url.toString(), config.webhook().perPerson(), clock.instant()))
                .chain(added -> {
                    if (added == null) {
                        throw new ProblemException(ProblemType.CONFLICT, "you have " + config.webhook().perPerson()
                                + " webhooks already; delete one first");
                    }
                    return signer.secret(added.id()).map(secret -> Response.created(URI.create("/notifications/webhooks/" + added.id()))
                            .entity(new Webhook.Created(added, secret)).build());
                });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn one of the caller's webhooks on (its failures forgotten) or off")
    public Uni<Webhook> changeWebhook(@PathParam("id") UUID id, @Valid @NotNull Webhook.Change change) {
        return webhooks.setEnabled(SignedInUser.of(identity).id(), id, change.enabled(), clock.instant()).map(changed -> {
            if (changed == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "you have no such webhook");
            }
            return changed;
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of the caller's webhooks")
    public Uni<Response> deleteWebhook(@PathParam("id") UUID id) {
        return webhooks.delete(SignedInUser.of(identity).id(), id).map(deleted -> {
            if (!deleted) {
                throw new ProblemException(ProblemType.NOT_FOUND, "you have no such webhook");
            }
            return Response.noContent().build();
        });
    }
}
