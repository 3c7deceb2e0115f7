package com.wheyprice.catalog.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to offer a shopper while they type: the brands (by name or alias) and the products that
 * match the words typed so far, at most {@link #MOST} in all, brands first, most relevant first.
 */
@Schema(requiredProperties = { "brands", "products" })
public record Suggestions(List<BrandSuggestion> brands, List<ProductSuggestion> products) {

    /** The most suggestions an answer holds. */
    public static final int MOST = 10;

    @Schema(requiredProperties = { "slug", "name" })
    public record BrandSuggestion(String slug, String name) {
    }

    @Schema(requiredProperties = { "slug", "name", "brand" })
    public record ProductSuggestion(String slug, String name, String brand) {
    }
}
