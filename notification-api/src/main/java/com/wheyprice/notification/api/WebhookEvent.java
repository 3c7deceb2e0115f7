package com.wheyprice.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.platform.api.Money;

/**
 * The body of a webhook delivery, in the Standard Webhooks shape: a {@code type}, when it
 * happened, and its data. The same delivery sent again (a retry) has the same
 * {@code webhook-id} header, so receivers can drop repeats.
 *
 * @param type {@value #PRICE_ALERT}
 */
@Schema(requiredProperties = { "type", "timestamp", "data" })
public record WebhookEvent(String type, Instant timestamp, PriceAlert data) {

    public static final String PRICE_ALERT = "price-alert.fired";

    /**
     * A price alert of the person reached its target.
     *
     * @param buyUrl the offer through the platform's link ({@code /api/v1/go/{listingId}?source=ALERT})
     * @param lowest90Days the variant's lowest price over the last 90 days, when known
     * @param typicalPrice the listing's typical price (median daily close over the 90 days before), which its real
     *                     discount is measured against, when known
     * @param listPriceInflated true when the list price was raised just before this "sale": its claimed discount is not real
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "alertId", "variantId", "listingId", "price", "targetPrice", "buyUrl" })
    public record PriceAlert(UUID alertId, UUID variantId, UUID listingId, String product, String brand, String flavour, Integer sizeGrams,
            String retailer, Money price, Money targetPrice, Money listPrice, Money pricePer100gProtein, Money lowest90Days, Money typicalPrice,
            Boolean listPriceInflated, String buyUrl) {
    }
}
