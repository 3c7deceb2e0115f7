package com.wheyprice.catalog.admin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.wheyprice.common.contract.Availability;
import com.wheyprice.common.contract.ProteinType;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * Creates catalog entries, each starting at version 1. The records are also the admin API's
 * request bodies, so one set of rules (the annotations) guards every way data gets in.
 */
@ApplicationScoped
public class CatalogWriter {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String WEB_URL = "https?://\\S+";

    /** The columns an entry sets, as admin-editable data (never id, version or timestamps). */
    public interface Entry {
        Map<String, Object> columns();
    }

    public record NewBrand(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug,
            @NotBlank @Size(max = 120) String name,
            @Pattern(regexp = "[A-Z]{2}") String country,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String website,
            @Min(0) @Max(100_000) Integer labTestedProteinMg,
            @Min(0) @Max(100_000) Integer labClaimedProteinMg,
            @Size(max = 200) String labName,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String labReportUrl,
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String labTestedOn) implements Entry {

        @Override
        public Map<String, Object> columns() {
            return columnMap("slug", slug, "name", name, "country", country, "website", website, "lab_tested_protein_mg", labTestedProteinMg,
                    "lab_claimed_protein_mg", labClaimedProteinMg, "lab_name", labName, "lab_report_url", labReportUrl,
                    "lab_tested_on", labTestedOn);
        }
    }

    public record NewCategory(@NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug, @NotBlank @Size(max = 120) String name)
            implements Entry {

        @Override
        public Map<String, Object> columns() {
            return columnMap("slug", slug, "name", name);
        }
    }

    public record NewProduct(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug,
            @NotNull UUID brandId,
            @NotNull UUID categoryId,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProteinType proteinType,
            @Size(max = 5000) String description,
            @Size(max = 500) @Pattern(regexp = WEB_URL) String imageUrl) implements Entry {

        @Override
        public Map<String, Object> columns() {
            return columnMap("slug", slug, "brand_id", brandId, "category_id", categoryId, "name", name, "protein_type", proteinType,
                    "description", description, "image_url", imageUrl);
        }
    }

    public record NewVariant(
            @NotNull UUID productId,
            @NotBlank @Size(max = 100) String flavour,
            @Min(10) @Max(20_000) int packSizeG,
            @Min(1) @Max(2_000) int servingsPerPack,
            @Min(1_000) @Max(100_000) int proteinPerServingMg,
            @Pattern(regexp = "\\d{8}|\\d{12,14}") String gtin,
            @Size(max = 100) String sku) implements Entry {

        @Override
        public Map<String, Object> columns() {
            return columnMap("product_id", productId, "flavour", flavour, "pack_size_g", packSizeG, "servings_per_pack", servingsPerPack,
                    "protein_per_serving_mg", proteinPerServingMg, "gtin", gtin, "sku", sku);
        }
    }

    public record NewRetailer(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG) String slug,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 500) @Pattern(regexp = WEB_URL) String baseUrl,
            @NotBlank @Size(max = 253) @Pattern(regexp = "[a-z0-9.-]+") String domain,
            @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            boolean active,
            @Size(max = 500) String priceSelector,
            @Size(max = 500) String listPriceSelector,
            @Size(max = 500) String availabilitySelector,
            @Min(1) @Max(720) Integer scrapeIntervalHours,
            @Min(1) @Max(600) int maxRequestsPerMinute,
            @Size(max = 1000) String affiliateTemplate) implements Entry {

        @Override
        public Map<String, Object> columns() {
            return columnMap("slug", slug, "name", name, "base_url", baseUrl, "domain", domain, "country", country, "currency", currency,
                    "active", active, "price_selector", priceSelector, "list_price_selector", listPriceSelector,
                    "availability_selector", availabilitySelector, "scrape_interval_hours", scrapeIntervalHours,
                    "max_requests_per_minute", maxRequestsPerMinute, "affiliate_template", affiliateTemplate);
        }
    }

    public record NewListing(
            @NotNull UUID variantId,
            @NotNull UUID retailerId,
            @NotBlank @Size(max = 2000) String url,
            @Size(max = 100) String retailerSku,
            Instant nextScrapeAt,
            Boolean active) implements Entry {

        /** A new listing is active and due now unless told otherwise. */
        @Override
        public Map<String, Object> columns() {
            return columnMap("variant_id", variantId, "retailer_id", retailerId, "url", url, "retailer_sku", retailerSku,
                    "next_scrape_at", nextScrapeAt == null ? Instant.now() : nextScrapeAt, "active", active == null || active);
        }
    }

    /** Column name, value, column name, value… in order. */
    static Map<String, Object> columnMap(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    static final VersionedTable BRANDS = new VersionedTable("catalog_brand", "brand");
    static final VersionedTable CATEGORIES = new VersionedTable("catalog_category", "category");
    static final VersionedTable PRODUCTS = new VersionedTable("catalog_product", "product");
    static final VersionedTable VARIANTS = new VersionedTable("catalog_variant", "variant");
    static final VersionedTable RETAILERS = new VersionedTable("catalog_retailer", "retailer");
    static final VersionedTable LISTINGS = new VersionedTable("catalog_listing", "listing");

    public Uni<UUID> brand(SqlSession sql, NewBrand brand) {
        return create(sql, BRANDS, brand);
    }

    public Uni<UUID> category(SqlSession sql, String slug, String name) {
        return create(sql, CATEGORIES, new NewCategory(slug, name));
    }

    public Uni<UUID> product(SqlSession sql, NewProduct product) {
        return create(sql, PRODUCTS, product);
    }

    public Uni<UUID> variant(SqlSession sql, NewVariant variant) {
        return create(sql, VARIANTS, variant);
    }

    public Uni<UUID> retailer(SqlSession sql, NewRetailer retailer) {
        return create(sql, RETAILERS, retailer);
    }

    public Uni<UUID> listing(SqlSession sql, NewListing listing) {
        Map<String, Object> columns = listing.columns();
        columns.put("availability", Availability.UNKNOWN);
        return LISTINGS.insert(sql, columns).map(row -> Rows.uuid(row, "id"));
    }

    private static Uni<UUID> create(SqlSession sql, VersionedTable table, Entry entry) {
        return table.insert(sql, entry.columns()).map(row -> Rows.uuid(row, "id"));
    }
}
