package com.wheyprice.catalog.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.CatalogEntries;
import com.wheyprice.catalog.api.CatalogEntries.BrandEntry;
import com.wheyprice.catalog.api.CatalogEntries.CategoryEntry;
import com.wheyprice.catalog.api.CatalogEntries.LabTestEntry;
import com.wheyprice.catalog.api.CatalogEntries.ListingEntry;
import com.wheyprice.catalog.api.CatalogEntries.ProductEntry;
import com.wheyprice.catalog.api.CatalogEntries.RetailerEntry;
import com.wheyprice.catalog.api.CatalogEntries.VariantEntry;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Creates catalog entries, each starting at version 1, from the same records ({@link CatalogEntries})
 * the admin API takes as bodies, so one set of rules (their annotations) guards every way data
 * gets in; and maps each kind to the columns it sets.
 */
@ApplicationScoped
public class CatalogWriter {

    private final Clock clock;

    CatalogWriter(Clock clock) {
        this.clock = clock;
    }

    /** The columns each kind of entry sets: admin-editable data, never id, version or timestamps. */
    Map<String, Object> columns(BrandEntry brand) {
        return columnMap("slug", brand.slug(), "name", brand.name(), "country", brand.country(), "website", brand.website(),
                "lab_tested_protein_mg", brand.labTestedProteinMg(), "lab_claimed_protein_mg", brand.labClaimedProteinMg(),
                "lab_name", brand.labName(), "lab_report_url", brand.labReportUrl(), "lab_tested_on", brand.labTestedOn(),
                "aliases", brand.aliases() == null || brand.aliases().isEmpty() ? null : new JsonArray(List.copyOf(brand.aliases())),
                "lab_sample", Boolean.TRUE.equals(brand.labSample()));
    }

    Map<String, Object> columns(CategoryEntry category) {
        return columnMap("slug", category.slug(), "name", category.name());
    }

    Map<String, Object> columns(ProductEntry product) {
        return columnMap("slug", product.slug(), "brand_id", product.brandId(), "category_id", product.categoryId(), "name", product.name(),
                "protein_type", product.proteinType(), "description", product.description(), "image_url", product.imageUrl());
    }

    Map<String, Object> columns(VariantEntry variant) {
        return columnMap("product_id", variant.productId(), "flavour", variant.flavour(), "pack_size_g", variant.packSizeG(),
                "servings_per_pack", variant.servingsPerPack(), "protein_per_serving_mg", variant.proteinPerServingMg(), "gtin", variant.gtin(),
                "sku", variant.sku());
    }

    Map<String, Object> columns(LabTestEntry test) {
        return columnMap("product_id", test.productId(), "variant_id", test.variantId(),
                "tested_protein_per_serving_mg", test.testedProteinPerServingMg(), "claimed_protein_per_serving_mg", test.claimedProteinPerServingMg(),
                "lab_name", test.labName(), "report_url", test.reportUrl(), "tested_on", test.testedOn(), "batch", test.batch(),
                "sample", test.sample());
    }

    Map<String, Object> columns(RetailerEntry retailer) {
        return columnMap("slug", retailer.slug(), "name", retailer.name(), "base_url", retailer.baseUrl(), "domain", retailer.domain(),
                "country", retailer.country(), "currency", retailer.currency(), "active", retailer.active(),
                "price_selector", retailer.priceSelector(), "list_price_selector", retailer.listPriceSelector(),
                "availability_selector", retailer.availabilitySelector(), "scrape_interval_hours", retailer.scrapeIntervalHours(),
                "max_requests_per_minute", retailer.maxRequestsPerMinute(), "affiliate_template", retailer.affiliateTemplate());
    }

    /** A new listing is active and due now unless told otherwise. */
    Map<String, Object> columns(ListingEntry listing) {
        return columnMap("variant_id", listing.variantId(), "retailer_id", listing.retailerId(), "url", listing.url(),
                "retailer_sku", listing.retailerSku(), "next_scrape_at", listing.nextScrapeAt() == null ? clock.instant() : listing.nextScrapeAt(),
                "active", listing.active() == null || listing.active());
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
    static final VersionedTable LAB_TESTS = new VersionedTable("catalog_lab_test", "lab test");
    static final VersionedTable RETAILERS = new VersionedTable("catalog_retailer", "retailer");
    static final VersionedTable LISTINGS = new VersionedTable("catalog_listing", "listing");

    public Uni<UUID> brand(SqlSession sql, BrandEntry brand) {
        return create(sql, BRANDS, columns(brand));
    }

    public Uni<UUID> category(SqlSession sql, CategoryEntry category) {
        return create(sql, CATEGORIES, columns(category));
    }

    public Uni<UUID> product(SqlSession sql, ProductEntry product) {
        return create(sql, PRODUCTS, columns(product));
    }

    public Uni<UUID> variant(SqlSession sql, VariantEntry variant) {
        return create(sql, VARIANTS, columns(variant));
    }

    public Uni<UUID> labTest(SqlSession sql, LabTestEntry test) {
        return create(sql, LAB_TESTS, columns(test));
    }

    public Uni<UUID> retailer(SqlSession sql, RetailerEntry retailer) {
        return create(sql, RETAILERS, columns(retailer));
    }

    public Uni<UUID> listing(SqlSession sql, ListingEntry listing) {
        Map<String, Object> columns = columns(listing);
        columns.put("availability", Availability.UNKNOWN);
        return create(sql, LISTINGS, columns);
    }

    /** Replaces an entry's columns, if it is still at the expected version. */
    Uni<Row> update(SqlSession sql, VersionedTable table, UUID id, long expectedVersion, Map<String, Object> columns) {
        return table.update(sql, id, expectedVersion, columns, clock.instant());
    }

    private Uni<UUID> create(SqlSession sql, VersionedTable table, Map<String, Object> columns) {
        return table.insert(sql, columns, clock.instant()).map(row -> Rows.uuid(row, "id"));
    }
}
