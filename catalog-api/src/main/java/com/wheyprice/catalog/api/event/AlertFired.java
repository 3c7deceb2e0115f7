package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.platform.api.Money;

/**
 * A shopper's price alert fired: the variant's best offer reached the alert's target.
 *
 * @param userId    whose alert it is; their address is asked of auth-service at send time
 * @param listingId the offer that reached the target, for the link in the message
 * @param details   the offer as it was when the alert fired, for the message (an optional field:
 *                  absent from events written before it was added)
 */
public record AlertFired(UUID id, int version, Instant at, UUID alertId, UUID userId, UUID variantId, UUID listingId, Money price,
        Money target, Details details) implements CatalogEvent {

    public static final String TYPE = "alert-fired";
    public static final int VERSION = 1;

    public static AlertFired of(UUID id, Instant at, UUID alertId, UUID userId, UUID variantId, UUID listingId, Money price, Money target,
            Details details) {
        return new AlertFired(id, VERSION, at, alertId, userId, variantId, listingId, price, target, details);
    }

    /**
     * What a shopper needs to judge the offer without opening the site.
     *
     * @param listPrice           the retailer's list price (MRP), when it shows one
     * @param pricePer100gProtein the price of 100 g of protein at the label's figures
     * @param lowest90Days        the variant's lowest daily price at any retailer over the last 90 days, in this currency
     * @param typicalPrice        the listing's typical price (median daily close over the 90 days before), the real
     *                            discount's reference; absent without history and in events written before it was added
     * @param listPriceInflated   whether the list price was raised just before this "sale", so the claimed discount is not
     *                            real; absent in events written before it was added
     */
    public record Details(String product, String brand, String flavour, int packSizeG, String retailer, Money listPrice,
            Money pricePer100gProtein, Money lowest90Days, Money typicalPrice, Boolean listPriceInflated) {
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
