package com.wheyprice.catalog.api;

/** Affiliate clicks on one retailer's listings on one day ({@code yyyy-MM-dd}, UTC); catalog-service counts them. */
public record DailyClicks(String day, String retailer, long clicks) {
}
