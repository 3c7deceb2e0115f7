package com.wheyprice.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Affiliate clicks on one retailer's listings on one day ({@code yyyy-MM-dd}, UTC); catalog-service counts them. */
@Schema(requiredProperties = { "day", "retailer", "clicks" })
public record DailyClicks(String day, String retailer, long clicks) {
}
