package com.wheyprice.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.CatalogEntries.BrandEntry;
import com.wheyprice.catalog.api.CatalogEntries.CategoryEntry;
import com.wheyprice.catalog.api.CatalogEntries.LabTestEntry;
import com.wheyprice.catalog.api.CatalogEntries.ListingEntry;
import com.wheyprice.catalog.api.CatalogEntries.ProductEntry;
import com.wheyprice.catalog.api.CatalogEntries.RetailerEntry;
import com.wheyprice.catalog.api.CatalogEntries.VariantEntry;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.testing.TestIssuer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What searches read (best offers and search documents), kept change by change, equals the same
 * rebuilt from the catalog, after a random sequence of scrape results and admin edits of every
 * kind that can move a best offer or change a product's words; so the shopper's search ranks
 * what the listings say and finds what the catalog names. The subclasses run it on PostgreSQL
 * and on SQLite.
 */
public abstract class ReadModelsContract {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> AVAILABILITIES = List.of("IN_STOCK", "IN_STOCK", "OUT_OF_STOCK", "UNKNOWN");

    TestIssuer issuer;

    @Inject
    Database database;

    @Inject
    Clock clock;

    /** An entry as the admin API stores it: where it lives, its current ETag version and its fields. */
    private static final class Entry<E> {
        final String path;
        long version;
        E fields;

        Entry(String path, long version, E fields) {
            this.path = path;
            this.version = version;
            this.fields = fields;
        }

        UUID id() {
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON);
    }

    private <E> Entry<E> create(String kind, E fields) {
        Response created = admin().body(fields).when().post("/catalog/admin/" + kind).then().statusCode(201).extract().response();
        return new Entry<>(created.header("Location").replaceFirst("^https?://[^/]+", ""), 1, fields);
    }

    /** Replaces the entry's fields; a refused change (a rule of the catalog) leaves the entry as it was. */
    private <E> void replace(Entry<E> entry, E fields) {
        Response response = admin().header("If-Match", "\"v" + entry.version + "\"").body(fields).when().put(entry.path);
        if (response.statusCode() == 200) {
            entry.version++;
            entry.fields = fields;
        }
    }

    private List<List<String>> model() {
        List<List<String>> model = new ArrayList<>(rows("""
                SELECT product_id, currency, in_stock_only, ranking, rank_key, brand_id, category_id, protein_type, listing_id, variant_id,
                       retailer_id, price_minor, list_price_minor, availability, per100_label_minor, per100_lab_minor, discount_bp,
                       typical_price_minor, real_discount_bp, list_price_inflated, lab_scope
                  FROM catalog_best_offer ORDER BY product_id, currency, in_stock_only, ranking"""));
        model.addAll(rows("SELECT product_id, brand_id, category_id, protein_type, title, body FROM catalog_search_document ORDER BY product_id"));
        model.addAll(rows("SELECT * FROM catalog_variant_lab ORDER BY variant_id"));
        model.addAll(rows("SELECT brand_id, title FROM catalog_search_brand ORDER BY brand_id"));
        return model;
    }

    private List<List<String>> rows(String query) {
        return database.list(query, row -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        values.add(String.valueOf(row.getValue(i)));
                    }
                    return values;
                }).await().atMost(WAIT);
    }

    private void assertModelEqualsRebuild(long seed, int step) {
        List<List<String>> kept = model();
        given().auth().oauth2(issuer.token(Tier.ADMIN)).when().post("/catalog/admin/search-index/rebuild").then().statusCode(200);
        assertThat(kept).as("seed %d, after step %d", seed, step).containsExactlyElementsOf(model());
    }

    @Test
    void theModelsKeptChangeByChangeEqualARebuildAfterRandomScrapesAndAdminEdits() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Entry<CategoryEntry> category = create("categories", new CategoryEntry("eq-" + unique, "Eq " + unique));
        List<Entry<BrandEntry>> brands = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            brands.add(create("brands", brand(unique + "-" + b, b == 0 ? 21_000 : null, "Alias")));
        }
        List<Entry<ProductEntry>> products = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            products.add(create("products", new ProductEntry("eq-" + unique + "-" + p, brands.get(p % 2).id(), category.id(), "Eq product " + p,
                    ProteinType.values()[p % ProteinType.values().length], null, null)));
        }
        List<Entry<VariantEntry>> variants = new ArrayList<>();
        for (Entry<ProductEntry> product : products) {
            for (int size : List.of(1000, 2000)) {
                variants.add(create("variants", new VariantEntry(product.id(), "Vanilla", size, size / 30, 24_000, null, null)));
            }
        }
        List<Entry<RetailerEntry>> retailers = new ArrayList<>();
        for (String currency : List.of("INR", "INR", "USD")) {
            retailers.add(create("retailers", retailer(unique + "-" + retailers.size(), currency, true)));
        }
        List<Entry<ListingEntry>> listings = new ArrayList<>();
        for (Entry<VariantEntry> variant : variants) {
            for (Entry<RetailerEntry> retailer : retailers) {
                listings.add(create("listings", listing(variant.id(), retailer.id(), unique + "-" + listings.size(), true)));
            }
        }
        List<Entry<LabTestEntry>> labTests = new ArrayList<>();
        Map<UUID, String> currencies = new HashMap<>();
        retailers.forEach(retailer -> currencies.put(retailer.id(), retailer.fields.currency()));

        for (int step = 1; step <= 120; step++) {
            Entry<ListingEntry> listing = listings.get(random.nextInt(listings.size()));
            switch (random.nextInt(11)) {
                case 0, 1, 2, 3 -> scrape(listing.id(), currencies.get(listing.fields.retailerId()), random, "eq-" + unique + "-" + step);
                case 4 -> replace(listing, new ListingEntry(listing.fields.variantId(), listing.fields.retailerId(), listing.fields.url(), null,
                        null, !listing.fields.active()));
                case 5 -> replace(listing, new ListingEntry(variants.get(random.nextInt(variants.size())).id(), listing.fields.retailerId(),
                        listing.fields.url(), null, null, listing.fields.active()));
                case 6 -> {
                    Entry<VariantEntry> variant = variants.get(random.nextInt(variants.size()));
                    VariantEntry v = variant.fields;
                    replace(variant, new VariantEntry(v.productId(), random.nextBoolean() ? v.flavour() : "Flavour " + step, v.packSizeG(),
                            10 + random.nextInt(60), 18_000 + random.nextInt(10_000), null, null));
                }
                case 7 -> {
                    Entry<BrandEntry> brand = brands.get(random.nextInt(brands.size()));
                    replace(brand, brand(brand.fields.slug().substring("brand-".length()), random.nextBoolean() ? 15_000 + random.nextInt(10_000) : null,
                            "Alias " + step));
                }
                case 9 -> {
                    Entry<VariantEntry> variant = variants.get(random.nextInt(variants.size()));
                    LabTestEntry test = new LabTestEntry(variant.fields.productId(), random.nextBoolean() ? variant.id() : null,
                            15_000 + random.nextInt(12_000), 24_000, "Lab " + step, null, "2026-0" + (1 + random.nextInt(9)) + "-01", null,
                            random.nextBoolean());
                    if (labTests.isEmpty() || random.nextBoolean()) {
                        labTests.add(create("lab-tests", test));
                    } else {
                        replace(labTests.get(random.nextInt(labTests.size())), test);
                    }
                }
                case 8 -> {
                    Entry<RetailerEntry> retailer = retailers.get(random.nextInt(retailers.size()));
                    RetailerEntry r = retailer.fields;
                    replace(retailer, retailer(r.slug().substring("shop-".length()), r.currency(), !r.active()));
                }
                default -> {
                    Entry<ProductEntry> product = products.get(random.nextInt(products.size()));
                    ProductEntry p = product.fields;
                    if (random.nextBoolean()) {
                        replace(category, new CategoryEntry(category.fields.slug(), "Category " + step));
                    }
                    replace(product, new ProductEntry(p.slug(), brands.get(random.nextInt(brands.size())).id(), category.id(),
                            random.nextBoolean() ? p.name() : "Renamed " + step, ProteinType.values()[random.nextInt(ProteinType.values().length)],
                            null, null));
                }
            }
            if (step % 4 == 0) {
                assertModelEqualsRebuild(seed, step);
            }
        }
        Entry<ListingEntry> unpriced = create("listings", listing(variants.get(0).id(), retailers.get(0).id(), unique + "-late", true));
        admin().header("If-Match", "\"v1\"").when().delete(unpriced.path).then().statusCode(204);
        Entry<BrandEntry> gone = create("brands", brand(unique + "-gone", null, "Gone"));
        admin().header("If-Match", "\"v1\"").when().delete(gone.path).then().statusCode(204);
        create("brands", brand(unique + "-new", null, "Fresh"));
        assertModelEqualsRebuild(seed, 121);
        assertThat(model()).as("the sequence left best offers to compare").isNotEmpty();
    }

    /** A scrape result: mostly a fresh price, sometimes older than the listing's offer, out of stock without a price, or a failure. */
    private void scrape(UUID listing, String currency, Random random, String jobId) {
        Instant at = clock.instant().minus(Duration.ofMinutes(random.nextInt(600)));
        Map<String, Object> result = new HashMap<>(Map.of("jobId", jobId, "listingId", listing.toString(), "observedAt", at.toString()));
        int kind = random.nextInt(8);
        if (kind == 0) {
            result.put("outcome", "FAILED");
            result.put("error", "timed out");
        } else if (kind == 1) {
            result.put("outcome", "OK");
            result.put("availability", "OUT_OF_STOCK");
        } else {
            long price = (40 + random.nextInt(60)) * 100L; // within the quarantine's shares of any earlier price, so every scrape can move an offer
            result.put("outcome", "OK");
            result.put("availability", AVAILABILITIES.get(random.nextInt(AVAILABILITIES.size())));
            result.put("price", Map.of("amountMinor", price, "currency", currency));
            if (random.nextBoolean()) {
                result.put("listPrice", Map.of("amountMinor", price + random.nextInt(3_000) - 500, "currency", currency));
            }
        }
        given().auth().oauth2(issuer.serviceToken("scraper-service")).contentType(ContentType.JSON).body(Map.of("results", List.of(result)))
                .when().post("/internal/scrape-results").then().statusCode(200);
    }

    private static BrandEntry brand(String name, Integer labTestedMg, String alias) {
        return new BrandEntry("brand-" + name, "Brand " + name, "IN", null, labTestedMg, labTestedMg == null ? null : 24_000,
                labTestedMg == null ? null : "Lab", null, labTestedMg == null ? null : "2026-01-01", List.of(alias), null);
    }

    private static RetailerEntry retailer(String name, String currency, boolean active) {
        return new RetailerEntry("shop-" + name, "Shop " + name, "https://shop-" + name + ".example", "shop-" + name + ".example", "IN",
                currency, active, null, null, null, 12, 30, null);
    }

    private static ListingEntry listing(UUID variant, UUID retailer, String page, boolean active) {
        return new ListingEntry(variant, retailer, "https://shop.example/" + page, null, null, active);
    }
}
