package com.wheyprice.notify.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.config.Environment;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.net.Origins;
import com.wheyprice.common.net.PublicTargets;
import com.wheyprice.notify.config.NotifyConfig;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Where a webhook may point: HTTPS on port 443 of a public host, by the same rule as the scraper's
 * ({@link PublicTargets}), checked when it is registered and again, with a fresh lookup, before every
 * delivery (a name may come to resolve somewhere private later). Development may name one local
 * origin ({@code NOTIFY_WEBHOOK_LOCAL_ORIGIN}) for a test receiver; production refuses to start with one.
 */
@ApplicationScoped
public class WebhookTargets {

    private static final Set<String> HTTPS = Set.of("https");

    private final Vertx vertx;
    private final String localOrigin;

    WebhookTargets(Vertx vertx, NotifyConfig config, Environment environment) {
        this.vertx = vertx;
        this.localOrigin = config.webhook().localOrigin().filter(origin -> !origin.isBlank()).map(origin -> {
            if (!environment.development()) {
                throw new IllegalStateException("NOTIFY_WEBHOOK_LOCAL_ORIGIN is for development only");
            }
            return Origins.of(URI.create(origin));
        }).orElse(null);
    }

    /** The URL a person registers, checked; fails with 400 naming {@code url}. */
    public Uni<URI> checked(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Uni.createFrom().failure(ProblemException.invalidField("url", "is not a URL"));
        }
        return resolve(uri).replaceWith(uri)
                .onFailure(PublicTargets.Refused.class).transform(refused -> ProblemException.invalidField("url", refused.getMessage()))
                .onFailure(UnknownHostException.class).transform(unknown -> ProblemException.invalidField("url", "its host does not resolve"));
    }

    /** Where to connect for a delivery to {@code url}; fails with {@link PublicTargets.Refused} or {@link UnknownHostException}. */
    public Uni<PublicTargets.Target> resolve(URI url) {
        try {
            PublicTargets.checkForm(url, HTTPS, localOrigin);
        } catch (PublicTargets.Refused refused) {
            return Uni.createFrom().failure(refused);
        }
        if (!Origins.of(url).equals(localOrigin) && url.getPort() != -1 && url.getPort() != 443) {
            return Uni.createFrom().failure(new PublicTargets.Refused("webhooks are sent to port 443 only"));
        }
        return PublicTargets.resolving(vertx, url, HTTPS, localOrigin);
    }
}
