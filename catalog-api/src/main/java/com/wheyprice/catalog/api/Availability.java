package com.wheyprice.catalog.api;

/** Whether an offer can be bought; {@code UNKNOWN} when the page did not say (or could not be read). */
public enum Availability {
    IN_STOCK, OUT_OF_STOCK, UNKNOWN
}
