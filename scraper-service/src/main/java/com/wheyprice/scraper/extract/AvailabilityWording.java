package com.wheyprice.scraper.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import com.wheyprice.catalog.api.Availability;

/**
 * Reads a page's word on stock as catalog's {@link Availability}. {@code UNKNOWN} when the page
 * does not say; never "out of stock" by default, because a wrong "out of stock" hides a real offer.
 */
public final class AvailabilityWording {

    private static final Pattern OUT_OF_STOCK_WORDING = Pattern.compile(
            "(?i)\\b(out of stock|sold out|currently unavailable|temporarily unavailable|notify me when (it'?s )?available|no longer available)\\b");

    private AvailabilityWording() {
    }

    /** A schema.org availability ({@code https://schema.org/InStock}, {@code InStock}, {@code instock}, {@code oos}). */
    public static Availability fromSchema(String value) {
        if (value == null || value.isBlank()) {
            return Availability.UNKNOWN;
        }
        String name = value.substring(value.lastIndexOf('/') + 1).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return switch (name) {
            case "instock", "limitedavailability", "onlineonly", "instoreonly", "presale", "preorder", "backorder" -> Availability.IN_STOCK;
            case "outofstock", "soldout", "discontinued", "oos" -> Availability.OUT_OF_STOCK;
            default -> Availability.UNKNOWN;
        };
    }

    /** What a page's visible text says about stock, if anything clearly. */
    public static Availability fromWording(String text) {
        return text != null && OUT_OF_STOCK_WORDING.matcher(text).find() ? Availability.OUT_OF_STOCK : Availability.UNKNOWN;
    }
}
