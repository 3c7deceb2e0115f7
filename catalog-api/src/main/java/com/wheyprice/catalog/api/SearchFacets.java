package com.wheyprice.catalog.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.platform.api.Money;

/**
 * How the products a search finds (all of them, not only the page) spread over the values a
 * shopper can narrow to, so a client builds its filter sidebar from the search answer alone.
 * Each value carries what to pass back as the search parameter of the same name.
 *
 * @param brands              products per brand ({@code brand}), most first, at most 20
 * @param categories          products per category ({@code category})
 * @param proteinTypes        products per protein type ({@code proteinType})
 * @param flavours            products per flavour ({@code flavour}), most first, at most 20
 * @param packSizes           products with a pack in each size band ({@code minSizeG}, {@code maxSizeG})
 * @param inStock             products with an offer in stock ({@code inStock=true})
 * @param pricePer100gProtein products whose best offer costs at most so much per 100 g of protein
 *                            ({@code maxPricePer100gProtein}), five bands from the cheapest to the dearest
 */
@Schema(requiredProperties = { "brands", "categories", "proteinTypes", "flavours", "packSizes", "inStock", "pricePer100gProtein" })
public record SearchFacets(List<FacetValue> brands, List<FacetValue> categories, List<FacetValue> proteinTypes, List<FacetValue> flavours,
        List<SizeBand> packSizes, long inStock, List<PriceBand> pricePer100gProtein) {

    /** A value to narrow to, its display name, and how many products have it. */
    @Schema(requiredProperties = { "value", "name", "count" })
    public record FacetValue(String value, String name, long count) {
    }

    /** Packs of at least {@code minSizeG} and at most {@code maxSizeG} grams (either open). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "count" })
    public record SizeBand(Integer minSizeG, Integer maxSizeG, long count) {
    }

    /** Products whose 100 g of protein costs at most {@code atMost} (cumulative). */
    @Schema(requiredProperties = { "atMost", "count" })
    public record PriceBand(Money atMost, long count) {
    }
}
