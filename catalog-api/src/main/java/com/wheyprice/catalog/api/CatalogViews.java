package com.wheyprice.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wheyprice.platform.api.Money;
import com.wheyprice.platform.api.Paged;

/**
 * What clients read about products: summaries for lists, and the detail with every offer.
 * catalog-service writes these; api-service names them in its OpenAPI document.
 */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** A brand as shown beside its products. */
    @Schema(requiredProperties = { "slug", "name" })
    public record BrandRef(String slug, String name) {
    }

    /**
     * The best suitable offer of a product, as a search result shows it, with both discounts: the
     * one the retailer claims off its list price, and the real one off the listing's typical price.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "listingId", "variantId", "retailer", "price", "availability", "pricePer100gProtein", "discountPercent",
            "realDiscountPercent", "listPriceInflated" })
    public record BestOffer(UUID listingId, UUID variantId, String retailer, Money price, Money listPrice, Availability availability,
            Money pricePer100gProtein, @JsonIgnore int discountBasisPoints,
            @Schema(description = Discounts.TYPICAL_PRICE) Money typicalPrice, @JsonIgnore int realDiscountBasisPoints,
            @Schema(description = Discounts.LIST_PRICE_INFLATED) boolean listPriceInflated,
            @Schema(description = "whose lab test the offer's variant is priced by with protein=lab-tested: its own (VARIANT), its"
                    + " product's (PRODUCT) or its brand's (BRAND); absent when none applies and the label's figure counts") LabTestScope labTestScope) {

        @JsonProperty("discountPercent")
        @Schema(description = Discounts.CLAIMED)
        public int discountPercent() {
            return discountBasisPoints / 100;
        }

        @JsonProperty("realDiscountPercent")
        @Schema(description = Discounts.REAL)
        public int realDiscountPercent() {
            return realDiscountBasisPoints / 100;
        }
    }

    /** How the platform's discounts are measured, as the API documents each field. */
    public static final class Discounts {

        public static final String CLAIMED = "The discount the retailer claims: how far the price is below its list price (MRP), in whole"
                + " percent; 0 without a higher list price. Retailers may inflate the list price first; see realDiscountPercent.";
        public static final String REAL = "The real discount: how far the price is below the listing's typical price, in whole percent;"
                + " 0 when it is not below it or there is no history yet. sort=discount ranks by it.";
        public static final String TYPICAL_PRICE = "The listing's typical price: the median of its daily closing prices (the last price"
                + " of each UTC day) over the 90 days (CATALOG_DISCOUNT_WINDOW) before the day of this price, in its currency; absent without"
                + " earlier days.";
        public static final String LIST_PRICE_INFLATED = "True when the list price was raised within the 30 days (CATALOG_DISCOUNT_LIST_RAISE_WINDOW)"
                + " before this price while this price is no more than 5 % (CATALOG_DISCOUNT_LIST_RAISE_TOLERANCE_PERCENT) below the list"
                + " price from before the raise: the claimed discount is the old price back, not a sale.";

        private Discounts() {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "id", "slug", "name", "brand" })
    public record ProductSummary(UUID id, String slug, String name, ProteinType proteinType, String imageUrl, BrandRef brand,
            String category, BestOffer bestOffer) {
    }

    /** One retailer's offer for a variant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "listingId", "retailer", "retailerName", "url", "availability" })
    public record Offer(UUID listingId, String retailer, String retailerName, String url, Money price, Money listPrice,
            Availability availability, Instant observedAt, Money pricePer100gProtein, Money pricePerServing, String lastScrapeStatus,
            @Schema(description = Discounts.CLAIMED) Integer discountPercent,
            @Schema(description = Discounts.TYPICAL_PRICE) Money typicalPrice,
            @Schema(description = Discounts.REAL) Integer realDiscountPercent,
            @Schema(description = Discounts.LIST_PRICE_INFLATED) Boolean listPriceInflated) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "id", "packSizeG", "servingsPerPack", "offers" })
    public record Variant(UUID id, String flavour, int packSizeG, int servingsPerPack, BigDecimal proteinPerServingG,
            BigDecimal proteinPerPackG, String gtin, String sku, List<Offer> offers, LabTest labTest) {
    }

    /**
     * A lab test: protein measured per serving, shown next to the label's claim, and what it is
     * a test of. A variant shows the test that applies to it: its own, else its product's, else
     * its brand's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "testedProteinPerServingG", "claimedProteinPerServingG", "scope", "sample" })
    public record LabTest(BigDecimal testedProteinPerServingG, BigDecimal claimedProteinPerServingG, String lab, String reportUrl,
            String testedOn, String batch, LabTestScope scope,
            @Schema(description = "true when the figures are examples, not a real lab's") boolean sample) {
    }

    /** What a lab test is of: one variant, every variant of a product, or a brand as a whole. */
    public enum LabTestScope {
        VARIANT, PRODUCT, BRAND
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "id", "slug", "name" })
    public record Brand(UUID id, String slug, String name, String country, String website, LabTest labTest) {
    }

    /** A product category. */
    @Schema(requiredProperties = { "slug", "name" })
    public record Category(String slug, String name) {
    }

    /**
     * A page of search results, and the cursor of the next one when there is one; with
     * {@code facets=true}, how all the results spread over the values to narrow to.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "items" })
    public record ProductSummaryPage(List<ProductSummary> items, String next, SearchFacets facets) implements Paged {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "id", "slug", "name", "brand", "variants" })
    public record ProductDetail(UUID id, String slug, String name, ProteinType proteinType, String description, String imageUrl,
            Brand brand, String category, List<Variant> variants) {
    }
}
