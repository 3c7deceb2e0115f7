package com.wheyprice.catalog.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.platform.api.Money;

/**
 * A scraped price held back from the listing's offer because it lies far outside the listing's
 * recent prices, or is in another currency than the retailer's; and what became of it. Until it
 * is confirmed it is not the offer, fires no alert and raises no event.
 *
 * @param jobId     the scrape job that read it
 * @param reference the listing's median price over the recent window it was judged against, when it had one
 * @param decidedVia {@code SCRAPE} when a later scrape confirmed it (a consistent price) or rejected it (a price back in line);
 *                   {@code ADMIN} when an admin did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "listingId", "retailer", "observedAt", "price", "reason", "status", "createdAt" })
public record QuarantinedPrice(UUID id, UUID listingId, String retailer, String product, String jobId, Instant observedAt, Money price, Money listPrice,
        Availability availability, Reason reason, Money reference, Status status, Decider decidedVia, Instant decidedAt, Instant createdAt) {

    /** Why the price was held back. */
    @Schema(description = "TOO_LOW or TOO_HIGH: outside the configured share of the listing's recent median; SCALE_SLIP: close to a typical "
            + "slip of scale (x10, x100, /100) of it; CURRENCY: not the retailer's currency")
    public enum Reason {
        TOO_LOW, TOO_HIGH, SCALE_SLIP, CURRENCY
    }

    public enum Status {
        PENDING, CONFIRMED, REJECTED
    }

    public enum Decider {
        SCRAPE, ADMIN
    }
}
