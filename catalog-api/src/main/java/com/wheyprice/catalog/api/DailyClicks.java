package com.wheyprice.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Affiliate clicks on one retailer's listings on one day ({@code yyyy-MM-dd}, UTC); catalog-service counts them.
 *
 * @param fromAlerts how many of them came from price alert messages ({@link ClickSource#ALERT})
 */
@Schema(requiredProperties = { "day", "retailer", "clicks", "fromAlerts" })
public record DailyClicks(String day, String retailer, long clicks, long fromAlerts) {
}
