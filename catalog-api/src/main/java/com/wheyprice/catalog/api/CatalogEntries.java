package com.wheyprice.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.platform.api.CurrencyCode;

/**
 * The catalog entries admins create and replace, one record per kind, with the rules each field
 * must meet. catalog-service validates and stores them; api-service documents them. An answer is
 * the entry as stored: its fields plus {@link Stored}, and a listing's {@link ListingState};
 * fields without a value are left out. The {@code Stored…} interfaces name those answers in the
 * OpenAPI documents (a document lists every class-level schema, so operations can refer to them).
 */
public final class CatalogEntries {

    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String WEB_URL = "https?://\\S+";

    private CatalogEntries() {
    }

    public record BrandEntry(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug,
            @NotBlank @Size(max = 120) String name,
            @Pattern(regexp = "[A-Z]{2}") String country,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String website,
            @Min(0) @Max(100_000) Integer labTestedProteinMg,
            @Min(0) @Max(100_000) Integer labClaimedProteinMg,
            @Size(max = 200) String labName,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String labReportUrl,
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String labTestedOn,
            @Schema(description = "other names shoppers search the brand by, such as ON for Optimum Nutrition")
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> aliases,
            @Schema(description = "true when the brand's lab figures are examples, not a real lab's") Boolean labSample) {
    }

    public record CategoryEntry(@NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug, @NotBlank @Size(max = 120) String name) {
    }

    public record ProductEntry(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug,
            @NotNull UUID brandId,
            @NotNull UUID categoryId,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProteinType proteinType,
            @Size(max = 5000) String description,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String imageUrl) {
    }

    public record VariantEntry(
            @NotNull UUID productId,
            @NotBlank @Size(max = 100) String flavour,
            @Min(10) @Max(20_000) int packSizeG,
            @Min(1) @Max(2_000) int servingsPerPack,
            @Min(1_000) @Max(100_000) int proteinPerServingMg,
            @Pattern(regexp = "\\d{8}|\\d{12,14}") String gtin,
            @Size(max = 100) String sku) {
    }

    /**
     * What a lab found in one product, for every variant of it or, with {@code variantId}, for
     * one variant: protein per serving against the label's figure at the time. Best value by
     * lab-tested protein scales each variant's label figure by tested / claimed, from the
     * variant's newest test, else its product's, else its brand's.
     */
    public record LabTestEntry(
            @NotNull UUID productId,
            @Schema(description = "the variant tested, when the test is of one variant (a batch of one flavour and size)") UUID variantId,
            @Min(0) @Max(100_000) int testedProteinPerServingMg,
            @Min(1) @Max(100_000) int claimedProteinPerServingMg,
            @NotBlank @Size(max = 200) String labName,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String reportUrl,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String testedOn,
            @Size(max = 100) String batch,
            @Schema(description = "true when the figures are examples, not a real lab's") boolean sample) {
    }

    /** A retailer with its scraping settings: selectors for shops without structured data, a request budget, an affiliate template. */
    public record RetailerEntry(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 500) @Pattern(regexp = WEB_URL) String baseUrl,
            @NotBlank @Size(max = 253) @Pattern(regexp = "[a-z0-9.-]+") String domain,
            @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
            @NotNull @Pattern(regexp = "[A-Z]{3}") @CurrencyCode String currency,
            boolean active,
            @Size(max = 500) String priceSelector,
            @Size(max = 500) String listPriceSelector,
            @Size(max = 500) String availabilitySelector,
            @Min(1) @Max(720) Integer scrapeIntervalHours,
            @Min(1) @Max(600) int maxRequestsPerMinute,
            @Size(max = 1000) String affiliateTemplate) {
    }

    /** A variant's page at a retailer; a new one is active and due for a scrape now unless told otherwise. */
    public record ListingEntry(
            @NotNull UUID variantId,
            @NotNull UUID retailerId,
            @NotBlank @Size(max = 2000) String url,
            @Size(max = 100) String retailerSku,
            Instant nextScrapeAt,
            Boolean active) {
    }

    /** What every stored entry adds to its fields; {@code version} is also its ETag ({@code "v3"}). */
    @Schema(requiredProperties = { "id", "version", "createdAt", "updatedAt" })
    public record Stored(UUID id, long version, Instant createdAt, Instant updatedAt) {
    }

    /** What scraping keeps on a listing: its current offer and how the last scrape went. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListingState(Long priceMinor, Long listPriceMinor, String currency, Availability availability, Instant observedAt,
            Instant lastScrapeAt, String lastScrapeStatus, String lastScrapeError) {
    }

    /** A stored brand, as answered. */
    @Schema(name = "StoredBrand", allOf = { BrandEntry.class, Stored.class })
    public interface StoredBrand {
    }

    /** A stored category, as answered. */
    @Schema(name = "StoredCategory", allOf = { CategoryEntry.class, Stored.class })
    public interface StoredCategory {
    }

    /** A stored product, as answered. */
    @Schema(name = "StoredProduct", allOf = { ProductEntry.class, Stored.class })
    public interface StoredProduct {
    }

    /** A stored variant, as answered. */
    @Schema(name = "StoredVariant", allOf = { VariantEntry.class, Stored.class })
    public interface StoredVariant {
    }

    /** A stored lab test, as answered. */
    @Schema(name = "StoredLabTest", allOf = { LabTestEntry.class, Stored.class })
    public interface StoredLabTest {
    }

    /** A stored retailer, as answered. */
    @Schema(name = "StoredRetailer", allOf = { RetailerEntry.class, Stored.class })
    public interface StoredRetailer {
    }

    /** A stored listing, as answered: with what scraping keeps on it. */
    @Schema(name = "StoredListing", allOf = { ListingEntry.class, Stored.class, ListingState.class })
    public interface StoredListing {
    }
}
