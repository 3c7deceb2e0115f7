package com.wheyprice.catalog.api.query;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.wheyprice.catalog.api.ProteinType;

/**
 * The parameters of a product search ({@code GET /catalog/products}; public {@code GET /api/v1/products}),
 * declared once: catalog-service's resource binds them and api-service's relay declares them, so
 * the public document and the provider read the same names, types, defaults and bounds.
 * catalog-service checks every value and answers a problem naming the parameter.
 */
public record ProductQuery(
        @QueryParam("q") @Parameter(description = "words of the brand (or an alias), product name, flavour, protein type or category; all must"
                + " match, in any order; the last also matches words it begins, unless followed by a space; words of 5+ letters"
                + " also match with one typo",
                schema = @Schema(type = SchemaType.STRING, maxLength = QueryBounds.MAX_TEXT)) String q,
        @QueryParam("brand") @Parameter(description = "brand slug") String brand,
        @QueryParam("category") @Parameter(description = "category slug") String category,
        @QueryParam("proteinType") @Parameter(description = "how the whey was processed",
                schema = @Schema(implementation = ProteinType.class)) String proteinType,
        @QueryParam("flavour") @Parameter(description = "exact flavour") String flavour,
        @QueryParam("minSizeG") @Parameter(description = "smallest pack, grams",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1")) Integer minSizeG,
        @QueryParam("maxSizeG") @Parameter(description = "largest pack, grams",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1")) Integer maxSizeG,
        @QueryParam("inStock") @DefaultValue("false") @Parameter(description = "only products with an offer in stock",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) boolean inStock,
        @QueryParam("maxPricePer100gProtein") @Parameter(description = "the most 100 g of protein may cost, in minor units of the currency",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0")) Long maxPricePer100gProtein,
        @QueryParam("currency") @Parameter(description = QueryBounds.CURRENCY,
                schema = @Schema(type = SchemaType.STRING, pattern = QueryBounds.CURRENCY_PATTERN, examples = "INR")) String currency,
        @QueryParam("sort") @Parameter(description = "the order of the results; by default relevance when q is given, else"
                + " pricePer100gProtein. discount ranks by the real discount (realDiscountPercent: off each offer's typical price), not by"
                + " the discount claimed off a list price",
                schema = @Schema(type = SchemaType.STRING, enumeration = { ProductQuery.BY_RELEVANCE, ProductQuery.BY_PRICE_PER_100G_PROTEIN, "price",
                        "discount", "name" })) String sort,
        @QueryParam("after") @Parameter(description = QueryBounds.AFTER) String after,
        @QueryParam("limit") @DefaultValue("20") @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = QueryBounds.MAX_PAGE,
                        defaultValue = "20")) int limit,
        @QueryParam("protein") @DefaultValue(QueryBounds.LABEL) @Parameter(description = QueryBounds.PROTEIN,
                schema = @Schema(type = SchemaType.STRING, enumeration = { QueryBounds.LABEL, QueryBounds.LAB_TESTED },
                        defaultValue = QueryBounds.LABEL)) String protein,
        @QueryParam("facets") @DefaultValue("false") @Parameter(description = "also count how all results spread over brands, categories,"
                + " protein types, flavours, pack sizes, stock and price bands",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) boolean facets) {

    public static final String BY_PRICE_PER_100G_PROTEIN = "pricePer100gProtein";
    public static final String BY_RELEVANCE = "relevance";
}
