package com.wheyprice.catalog.api;

/**
 * Where a shopper followed a buy link ({@code /go/{listingId}?source=…}) from: one of the
 * platform's pages (the default) or a price alert's message, which tags its links so admins see
 * how many purchases alerts lead to.
 */
public enum ClickSource {
    WEB, ALERT
}
