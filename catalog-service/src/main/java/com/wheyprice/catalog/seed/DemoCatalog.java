package com.wheyprice.catalog.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.CatalogEntries;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.catalog.price.PriceObservations;
import com.wheyprice.catalog.price.PriceReferences;
import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.common.config.Environment;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A realistic demo catalog for development: twelve whey brands, their products in common
 * flavours and pack sizes, four shops of the bundled sample retailer site (each with a different
 * page markup), and 90 days of price history. Loaded only with {@code CATALOG_DEMO_DATA=true},
 * only when {@code WHEY_ENVIRONMENT=development}, and only into an empty catalog. The data is
 * the same on every run (fixed random seed), so screenshots and tests can rely on it.
 */
@ApplicationScoped
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);
    static final int HISTORY_DAYS = 90;
    /** The sample shops run on the developer's own machine (all on one host), so they take a brisker pace than real ones. */
    static final int SAMPLE_SHOP_REQUESTS_PER_MINUTE = 120;

    record Brand(String slug, String name, String country, Integer testedMg, Integer claimedMg, List<String> aliases) {
    }

    record Product(String brand, String slug, String name, String category, ProteinType type, int proteinPerServingMg, int servingG,
            long pricePerKgMinor, List<String> flavours, List<Integer> sizesG) {
    }

    record Shop(String slug, String name, double priceFactor, String priceSelector, String listPriceSelector, String availabilitySelector) {
    }

    static final List<Brand> BRANDS = List.of(
            new Brand("optimum-nutrition", "Optimum Nutrition", "US", 23_400, 24_000, List.of("ON")),
            new Brand("myprotein", "Myprotein", "GB", 20_600, 21_000, List.of("MP", "My Protein")),
            new Brand("muscleblaze", "MuscleBlaze", "IN", 24_100, 25_000, List.of("MB", "Muscle Blaze")),
            new Brand("dymatize", "Dymatize", "US", null, null, List.of()),
            new Brand("isopure", "Isopure", "US", 24_700, 25_000, List.of()),
            new Brand("scitec-nutrition", "Scitec Nutrition", "HU", null, null, List.of("Scitec")),
            new Brand("bulk", "Bulk", "GB", 21_300, 22_000, List.of("Bulk Powders")),
            new Brand("nutrabay", "Nutrabay", "IN", 23_600, 25_000, List.of()),
            new Brand("bsn", "BSN", "US", null, null, List.of()),
            new Brand("rule-one", "Rule One", "US", 24_800, 25_000, List.of("R1", "Rule 1")),
            new Brand("ultimate-nutrition", "Ultimate Nutrition", "US", null, null, List.of("UN")),
            new Brand("as-it-is", "AS-IT-IS Nutrition", "IN", 26_200, 27_000, List.of("As It Is")));

    static final List<Product> PRODUCTS = List.of(
            new Product("optimum-nutrition", "on-gold-standard-100-whey", "Gold Standard 100% Whey", "whey-protein", ProteinType.BLEND,
                    24_000, 30, 340_000, List.of("Double Rich Chocolate", "Vanilla Ice Cream"), List.of(907, 2270)),
            new Product("optimum-nutrition", "on-gold-standard-isolate", "Gold Standard 100% Isolate", "whey-isolate", ProteinType.ISOLATE,
                    25_000, 31, 450_000, List.of("Chocolate Bliss"), List.of(744, 2910)),
            new Product("myprotein", "myprotein-impact-whey", "Impact Whey Protein", "whey-protein", ProteinType.CONCENTRATE, 21_000, 25,
                    230_000, List.of("Chocolate Smooth", "Salted Caramel", "Unflavoured"), List.of(1000, 2500)),
            new Product("myprotein", "myprotein-impact-whey-isolate", "Impact Whey Isolate", "whey-isolate", ProteinType.ISOLATE, 23_000,
                    25, 310_000, List.of("Chocolate Brownie"), List.of(1000, 2500)),
            new Product("muscleblaze", "muscleblaze-biozyme-performance", "Biozyme Performance Whey", "whey-protein", ProteinType.BLEND,
                    25_000, 33, 260_000, List.of("Rich Milk Chocolate", "Magical Mango"), List.of(1000, 2000, 4000)),
            new Product("dymatize", "dymatize-iso-100", "ISO 100 Hydrolyzed", "hydrolysed-whey", ProteinType.HYDROLYSED, 25_000, 30,
                    520_000, List.of("Gourmet Chocolate", "Fudge Brownie"), List.of(900, 2270)),
            new Product("isopure", "isopure-zero-carb", "Zero Carb Whey Isolate", "whey-isolate", ProteinType.ISOLATE, 25_000, 31,
                    480_000, List.of("Dutch Chocolate"), List.of(1360, 3000)),
            new Product("scitec-nutrition", "scitec-100-whey-protein-professional", "100% Whey Protein Professional", "whey-protein",
                    ProteinType.BLEND, 22_000, 30, 280_000, List.of("Chocolate Cookies & Cream"), List.of(920, 2350)),
            new Product("bulk", "bulk-pure-whey-protein", "Pure Whey Protein", "whey-protein", ProteinType.CONCENTRATE, 22_000, 30,
                    210_000, List.of("Chocolate", "Strawberry"), List.of(1000, 2500)),
            new Product("nutrabay", "nutrabay-gold-100-whey", "Gold 100% Whey Protein Concentrate", "whey-protein", ProteinType.CONCENTRATE,
                    25_000, 33, 220_000, List.of("Unflavoured", "Kesar Pista Badam"), List.of(1000, 2000)),
            new Product("bsn", "bsn-syntha-6", "Syntha-6 Protein Matrix", "whey-protein", ProteinType.BLEND, 22_000, 47, 300_000,
                    List.of("Chocolate Milkshake"), List.of(1320, 2270)),
            new Product("rule-one", "rule-one-r1-protein", "R1 Protein", "whey-isolate", ProteinType.ISOLATE, 25_000, 30, 440_000,
                    List.of("Chocolate Fudge", "Vanilla Creme"), List.of(900, 2280)),
            new Product("ultimate-nutrition", "ultimate-prostar-100-whey", "Prostar 100% Whey", "whey-protein", ProteinType.BLEND, 25_000, 33,
                    270_000, List.of("Chocolate Creme"), List.of(907, 2390)),
            new Product("as-it-is", "as-it-is-whey-protein-80", "Whey Protein 80% Raw", "whey-protein", ProteinType.CONCENTRATE, 27_000, 33,
                    170_000, List.of("Unflavoured"), List.of(1000, 2000)),
            new Product("as-it-is", "as-it-is-whey-isolate-90", "Whey Protein Isolate 90%", "whey-isolate", ProteinType.ISOLATE, 27_000, 30,
                    260_000, List.of("Unflavoured"), List.of(1000)),
            new Product("muscleblaze", "muscleblaze-iso-zero", "Iso-Zero Whey Isolate", "whey-isolate", ProteinType.ISOLATE, 27_000, 33,
                    330_000, List.of("Ice Cream Chocolate"), List.of(1000, 2000)));

    /** A product's own lab test in the demo catalog: sample figures, marked as such, like the brands'. */
    record SampleLabTest(String product, int testedMg, int claimedMg, String testedOn, String batch) {
    }

    static final List<SampleLabTest> PRODUCT_LAB_TESTS = List.of(
            new SampleLabTest("dymatize-iso-100", 23_900, 25_000, "2026-10-02", "DY-ISO-2609"));

    private static final String SAMPLE_LAB = "Demo Analytical Labs";
    private static final String SAMPLE_REPORTS = "https://labs.example/reports/";

    static final List<Shop> SHOPS = List.of(
            new Shop("proteinmart", "ProteinMart", 1.00, null, null, null),
            new Shop("musclemart", "MuscleMart", 0.97, null, null, null),
            new Shop("fitkart", "FitKart", 1.03, null, null, null),
            new Shop("gymbazaar", "GymBazaar", 0.95, ".price-now", ".price-was", ".stock-status"));

    private final Database database;
    private final CatalogWriter writer;
    private final PriceObservations observations;
    private final PriceReferences references;
    private final ProductReadModels readModels;
    private final CatalogConfig config;
    private final Environment environment;
    private final Clock clock;

    DemoCatalog(Database database, CatalogWriter writer, PriceObservations observations, PriceReferences references,
            ProductReadModels readModels, CatalogConfig config, Environment environment, Clock clock) {
        this.database = database;
        this.readModels = readModels;
        this.writer = writer;
        this.observations = observations;
        this.references = references;
        this.config = config;
        this.environment = environment;
        this.clock = clock;
    }

    void loadOnStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        if (!environment.development()) {
            LOG.warn("CATALOG_DEMO_DATA is ignored outside WHEY_ENVIRONMENT=development");
            return;
        }
        int listings = load().await().atMost(Duration.ofMinutes(2));
        if (listings > 0) {
            LOG.infof("demo catalog loaded: %d brands, %d products, %d listings with %d days of history", BRANDS.size(), PRODUCTS.size(),
                    listings, HISTORY_DAYS);
        }
    }

    /**
     * Loads the demo catalog into an empty catalog; returns the number of listings made (0 if not
     * empty). The catalog itself is one transaction; each listing's price history is then written
     * in a transaction of its own, so on SQLite the other services starting beside catalog never
     * wait for the whole load (tens of thousands of rows) to get the write lock.
     */
    public Uni<Integer> load() {
        return database.inTransaction(tx -> tx.first("SELECT COUNT(*) AS n FROM catalog_brand", row -> Rows.count(row, "n"))
                        .chain(existing -> existing > 0 ? Uni.createFrom().item(List.<PlannedHistory>of())
                                : fill(tx).call(() -> readModels.refreshBrands(tx))))
                .call(histories -> Multi.createFrom().iterable(histories)
                        .onItem().transformToUniAndConcatenate(history -> database.inTransaction(tx -> record(tx, history)))
                        .collect().last())
                .map(List::size);
    }

    /** A listing's demo price history, planned while the catalog is made and written after. */
    private record PlannedHistory(UUID listingId, long listPriceMinor, List<PriceObservations.Observation> days) {
    }

    private Uni<List<PlannedHistory>> fill(SqlSession tx) {
        Random random = new Random(20261121L);
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        return Multi.createFrom().iterable(List.of("whey-protein", "whey-isolate", "hydrolysed-whey"))
                .onItem().transformToUniAndConcatenate(slug -> writer.category(tx, new CatalogEntries.CategoryEntry(slug, title(slug)))
                        .map(id -> new Named(slug, id)))
                .collect().asList()
                .chain(categories -> Multi.createFrom().iterable(SHOPS)
                        .onItem().transformToUniAndConcatenate(shop -> writer.retailer(tx, retailer(shop)).map(id -> new Named(shop.slug(), id)))
                        .collect().asList()
                        .chain(retailers -> Multi.createFrom().iterable(BRANDS)
                                .onItem().transformToUniAndConcatenate(brand -> writer.brand(tx, brand(brand)).map(id -> new Named(brand.slug(), id)))
                                .collect().asList()
                                .chain(brands -> Multi.createFrom().iterable(PRODUCTS)
                                        .onItem().transformToUniAndConcatenate(product -> product(tx, product, brands, categories, retailers,
                                                random, today))
                                        .collect().asList()
                                        .map(DemoCatalog::flatten))));
    }

    private static <T> List<T> flatten(List<List<T>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }

    private record Named(String slug, UUID id) {
        static UUID in(List<Named> all, String slug) {
            return all.stream().filter(named -> named.slug().equals(slug)).findFirst().orElseThrow().id();
        }
    }

    private Uni<List<PlannedHistory>> product(SqlSession tx, Product product, List<Named> brands, List<Named> categories, List<Named> retailers,
            Random random, Instant today) {
        return writer.product(tx, new CatalogEntries.ProductEntry(product.slug(), Named.in(brands, product.brand()),
                        Named.in(categories, product.category()), product.name(), product.type(),
                        product.name() + ": " + product.proteinPerServingMg() / 1000 + " g protein per " + product.servingG() + " g serving.",
                        null))
                .call(productId -> Multi.createFrom().iterable(PRODUCT_LAB_TESTS).filter(test -> test.product().equals(product.slug()))
                        .onItem().transformToUniAndConcatenate(test -> writer.labTest(tx, new CatalogEntries.LabTestEntry(productId, null,
                                test.testedMg(), test.claimedMg(), SAMPLE_LAB, SAMPLE_REPORTS + product.slug(), test.testedOn(), test.batch(), true)))
                        .collect().asList())
                .chain(productId -> Multi.createFrom().iterable(variants(product))
                        .onItem().transformToUniAndConcatenate(variant -> writer.variant(tx, new CatalogEntries.VariantEntry(productId,
                                        variant.flavour(), variant.sizeG(), variant.sizeG() / product.servingG(), product.proteinPerServingMg(),
                                        gtin(product, variant), null))
                                .chain(variantId -> listings(tx, product, variant, variantId, retailers, random, today)))
                        .collect().asList()
                        .map(DemoCatalog::flatten));
    }

    private record VariantSpec(String flavour, int sizeG) {
    }

    private static List<VariantSpec> variants(Product product) {
        return product.flavours().stream().flatMap(flavour -> product.sizesG().stream().map(size -> new VariantSpec(flavour, size))).toList();
    }

    private Uni<List<PlannedHistory>> listings(SqlSession tx, Product product, VariantSpec variant, UUID variantId, List<Named> retailers, Random random,
            Instant today) {
        List<Shop> shops = SHOPS.stream().filter(shop -> random.nextInt(4) != 0).toList();
        return Multi.createFrom().iterable(shops.isEmpty() ? List.of(SHOPS.get(0)) : shops)
                .onItem().transformToUniAndConcatenate(shop -> {
                    String url = config.sampleRetailerUrl() + "/" + shop.slug() + "/" + pageName(product, variant);
                    long base = Math.round(product.pricePerKgMinor() * variant.sizeG() / 1000.0 * shop.priceFactor() / 100.0) * 100;
                    return writer.listing(tx, new CatalogEntries.ListingEntry(variantId, Named.in(retailers, shop.slug()), url, null, today, true))
                            .map(listingId -> history(listingId, base, random, today));
                })
                .collect().asList();
    }

    /** The page of a variant in every sample shop: {@code <product-slug>-<flavour>-<size>g.html}. */
    public static String pageName(Product product, VariantSpec variant) {
        return product.slug() + "-" + variant.flavour().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + variant.sizeG() + "g.html";
    }

    /** A daily random walk around the base price with occasional sales; the last day is the current offer. */
    private static PlannedHistory history(UUID listingId, long base, Random random, Instant today) {
        long list = base * 115 / 100;
        long price = base;
        List<PriceObservations.Observation> days = new ArrayList<>();
        for (int day = HISTORY_DAYS; day >= 1; day--) {
            price = Math.max(base * 70 / 100, Math.min(list, price + (random.nextInt(7) - 3) * base / 100));
            long observed = random.nextInt(12) == 0 ? price * 85 / 100 : price;
            Instant at = today.minus(Duration.ofDays(day)).plus(Duration.ofHours(6 + random.nextInt(12)));
            Availability availability = random.nextInt(15) == 0 ? Availability.OUT_OF_STOCK : Availability.IN_STOCK;
            days.add(new PriceObservations.Observation(listingId, at, observed / 100 * 100, list, "INR", availability,
                    "demo-" + listingId + "-" + at));
        }
        return new PlannedHistory(listingId, list, List.copyOf(days));
    }

    /** Writes a planned history; its last day becomes the listing's current offer, and the product's read models follow. */
    private Uni<Void> record(SqlSession tx, PlannedHistory history) {
        PriceObservations.Observation last = history.days().get(history.days().size() - 1);
        return Multi.createFrom().iterable(history.days())
                .onItem().transformToUniAndConcatenate(day -> observations.record(tx, day))
                .collect().last()
                .chain(() -> tx.update("""
                        UPDATE catalog_listing SET price_minor = $2, list_price_minor = $3, currency = 'INR', availability = $4,
                               observed_at = $5, last_scrape_at = $5, last_scrape_status = 'OK'
                         WHERE id = $1""", history.listingId(), last.priceMinor(), history.listPriceMinor(), last.availability(),
                        last.observedAt()))
                .chain(() -> references.refresh(tx, history.listingId()))
                .chain(() -> ProductReadModels.Dependents.LISTING.of(tx, history.listingId()))
                .chain(products -> readModels.refresh(tx, products));
    }

    private CatalogEntries.RetailerEntry retailer(Shop shop) {
        String base = config.sampleRetailerUrl() + "/" + shop.slug();
        return new CatalogEntries.RetailerEntry(shop.slug(), shop.name(), base, shop.slug() + ".sample.local", "IN", "INR", true,
                shop.priceSelector(), shop.listPriceSelector(), shop.availabilitySelector(), null, SAMPLE_SHOP_REQUESTS_PER_MINUTE, "{url}?ref=wheyprice");
    }

    private static CatalogEntries.BrandEntry brand(Brand brand) {
        boolean tested = brand.testedMg() != null;
        return new CatalogEntries.BrandEntry(brand.slug(), brand.name(), brand.country(), null, brand.testedMg(), brand.claimedMg(),
                tested ? SAMPLE_LAB : null, tested ? SAMPLE_REPORTS + brand.slug() : null, tested ? "2026-09-15" : null, brand.aliases(),
                tested ? Boolean.TRUE : null);
    }

    private static String gtin(Product product, VariantSpec variant) {
        return String.format("%013d", Math.abs((long) (product.slug() + variant.flavour() + variant.sizeG()).hashCode()) % 10_000_000_000_000L);
    }

    private static String title(String slug) {
        String spaced = slug.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
