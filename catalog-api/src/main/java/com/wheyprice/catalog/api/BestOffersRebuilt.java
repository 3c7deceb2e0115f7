package com.wheyprice.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a rebuild of the best-offer read model searches page through.
 *
 * @param products how many products were ranked from their listings
 */
@Schema(requiredProperties = { "products" })
public record BestOffersRebuilt(int products) {
}
