package com.wheyprice.catalog.click;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.wheyprice.catalog.api.ClickSource;
import com.wheyprice.catalog.price.PriceResource;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * {@code /go/{listingId}}: sends the shopper to the retailer (with the retailer's affiliate
 * template applied) and records the click. The redirect is answered as soon as the listing is
 * read; the click is written afterwards, so recording never slows the shopper down. A signed-in
 * shopper's id is noted when a valid token comes along; a bad token never blocks the redirect.
 */
@Path("/go/{listingId}")
@Tag(name = "affiliate")
public class ClickResource {

    private static final Logger LOG = Logger.getLogger(ClickResource.class);
    private static final int MAX_REFERRER = 500;

    private final Database database;
    private final CurrentIdentityAssociation identity;
    private final MeterRegistry metrics;
    private final Clock clock;

    ClickResource(Database database, CurrentIdentityAssociation identity, MeterRegistry metrics, Clock clock) {
        this.database = database;
        this.identity = identity;
        this.metrics = metrics;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Redirect to the retailer's page for a listing (302) and record the click")
    public Uni<Response> go(@PathParam("listingId") String id, @QueryParam("source") @DefaultValue("WEB") ClickSource source,
            @HeaderParam("Referer") String referrer) {
        UUID listingId = PriceResource.uuid(id, "listingId");
        return database.first("""
                SELECT l.url, l.retailer_id, r.slug, r.affiliate_template FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.id = $1 AND l.active = TRUE""", row -> row, listingId)
                .map(listing -> {
                    if (listing == null) {
                        throw new ProblemException(ProblemType.NOT_FOUND, "no listing " + listingId);
                    }
                    UUID retailerId = Rows.uuid(listing, "retailer_id");
                    String retailer = listing.getString("slug");
                    record(listingId, retailerId, retailer, source, referrer);
                    return Response.status(Response.Status.FOUND)
                            .location(AffiliateLinks.apply(listing.getString("affiliate_template"), listing.getString("url")))
                            .header("Cache-Control", "no-store")
                            .build();
                });
    }

    private void record(UUID listingId, UUID retailerId, String retailer, ClickSource source, String referrer) {
        String shortReferrer = referrer == null || referrer.length() <= MAX_REFERRER ? referrer : referrer.substring(0, MAX_REFERRER);
        signedInUser()
                .chain(user -> database.update("""
                        INSERT INTO catalog_click (id, listing_id, retailer_id, user_id, referrer, source, clicked_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""", UUID.randomUUID(), listingId, retailerId, user, shortReferrer, source.name(),
                        clock.instant()))
                .subscribe().with(
                        inserted -> metrics.counter("whey_affiliate_clicks_total", "retailer", retailer, "source", source.name().toLowerCase(Locale.ROOT))
                                .increment(),
                        error -> LOG.warnf("affiliate click on %s not recorded: %s", listingId, error.getMessage()));
    }

    private Uni<UUID> signedInUser() {
        return identity.getDeferredIdentity()
                .map(ClickResource::userId)
                .onFailure().recoverWithNull();
    }

    private static UUID userId(SecurityIdentity caller) {
        if (caller.isAnonymous() || !(caller.getPrincipal() instanceof JsonWebToken token) || token.getClaim("tier") == null) {
            return null;
        }
        return UUID.fromString(token.getSubject());
    }
}
