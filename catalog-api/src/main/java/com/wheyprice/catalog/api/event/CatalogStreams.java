package com.wheyprice.catalog.api.event;

/**
 * The streams catalog-service publishes on, at Redis key {@code <prefix>:catalog:<stream>}, each
 * entry holding one {@link CatalogEvent} as JSON in its {@value #FIELD} field. Streams are capped,
 * so a consumer that stops for long misses the oldest entries.
 */
public final class CatalogStreams {

    /** Every change of an offer ({@link OfferChanged}) or of the catalog ({@link CatalogChanged}). */
    public static final String CHANGES = "changes";
    /** Prices that fell by more than catalog's threshold ({@link PriceDropped}). */
    public static final String PRICE_DROPS = "price-drops";
    /** Price alerts that fired, for telling their owners ({@link AlertFired}). */
    public static final String ALERTS = "alerts";
    /** Decisions on shoppers' product suggestions, for telling their submitters ({@link DiscoveryDecided}). */
    public static final String DISCOVERIES = "discoveries";
    /** The entry field that holds the event. */
    public static final String FIELD = "event";

    private CatalogStreams() {
    }
}
