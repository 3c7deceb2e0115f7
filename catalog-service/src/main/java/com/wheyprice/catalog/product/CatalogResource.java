package com.wheyprice.catalog.product;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.catalog.api.CatalogViews;
import com.wheyprice.catalog.api.CatalogViews.Brand;
import com.wheyprice.catalog.api.CatalogViews.ProductDetail;
import com.wheyprice.catalog.api.CatalogViews.ProductSummaryPage;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.catalog.api.SearchFacets;
import com.wheyprice.catalog.api.query.ProductQuery;
import com.wheyprice.catalog.api.query.QueryBounds;
import com.wheyprice.catalog.api.query.RankingQuery;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.catalog.search.TextQuery;
import com.wheyprice.catalog.search.TextSearch;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.Money;
import com.wheyprice.platform.api.ProblemType;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** The public catalog: brands, categories, product search and product detail with offers. */
@Path("/catalog")
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final Database database;
    private final ProductRepository products;
    private final ProductSearches searches;
    private final TextSearch textSearch;
    private final ProductFacets facets;
    private final BrandRepository brands;
    private final CatalogConfig config;
    private final MeterRegistry metrics;

    CatalogResource(Database database, ProductRepository products, ProductSearches searches, TextSearch textSearch, ProductFacets facets,
            BrandRepository brands,
            CatalogConfig config, MeterRegistry metrics) {
        this.database = database;
        this.products = products;
        this.searches = searches;
        this.textSearch = textSearch;
        this.facets = facets;
        this.brands = brands;
        this.config = config;
        this.metrics = metrics;
        // At zero from the start, so dashboards and rate() see the series before the first search.
        metrics.counter("whey_catalog_searches_total");
    }

    @GET
    @Path("/brands")
    @Operation(summary = "All brands, with their lab-testing records")
    public Uni<List<Brand>> brands() {
        return brands.all(database);
    }

    @GET
    @Path("/brands/{slug}")
    @Operation(summary = "One brand")
    public Uni<Brand> brand(@PathParam("slug") String slug) {
        return brands.findBySlug(database, slug).map(brand -> found(brand, "brand", slug));
    }

    @GET
    @Path("/categories")
    @Operation(summary = "All categories")
    public Uni<List<CatalogViews.Category>> categories() {
        return database.list("SELECT slug, name FROM catalog_category ORDER BY name",
                row -> new CatalogViews.Category(row.getString("slug"), row.getString("name")));
    }

    @GET
    @Path("/products")
    @Operation(summary = "Search products: by words (all must match, in any order, the last as typed so far, one typo allowed in"
            + " words of 5+ letters) and filters, ranked by relevance or by their best offer in one currency, with keyset pagination")
    public Uni<ProductSummaryPage> search(@BeanParam ProductQuery query) {
        boolean hasText = query.q() != null && !query.q().isBlank();
        ProductSearch.Sort order = sort(query.sort(), hasText);
        if (query.q() != null && query.q().length() > QueryBounds.MAX_TEXT) {
            throw ProblemException.invalidField("q", "must be at most " + QueryBounds.MAX_TEXT + " characters");
        }
        if (query.limit() < 1 || query.limit() > QueryBounds.MAX_PAGE_SIZE) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + QueryBounds.MAX_PAGE_SIZE);
        }
        if (query.minSizeG() != null && query.maxSizeG() != null && query.minSizeG() > query.maxSizeG()) {
            throw ProblemException.invalidField("minSizeG", "must not exceed maxSizeG");
        }
        if (query.maxPricePer100gProtein() != null && query.maxPricePer100gProtein() < 0) {
            throw ProblemException.invalidField("maxPricePer100gProtein", "must not be negative");
        }
        Cursor cursor = Cursor.decode(query.after(), "after");
        if (cursor != null) {
            requireKeyOf(order, cursor.key());
        }
        ProteinType type = query.proteinType() == null ? null : proteinType(query.proteinType());
        String currency = currency(query.currency());
        ProductSearch.ProteinBasis basis = proteinBasis(query.protein());
        metrics.counter("whey_catalog_searches_total").increment();
        Uni<TextQuery> text = hasText ? textSearch.query(database, query.q()) : Uni.createFrom().nullItem();
        return text.map(words -> new ProductSearch(words, query.brand(), query.category(), type, query.flavour(), query.minSizeG(),
                        query.maxSizeG(), query.inStock(), query.maxPricePer100gProtein(), currency, order, cursor, query.limit(), basis))
                .chain(search -> searches.search(database, search)
                        .chain(page -> (query.facets() ? facets.count(database, search) : Uni.createFrom().<SearchFacets>nullItem())
                                .map(counts -> new ProductSummaryPage(page.items(), page.next(), counts))));
    }

    @GET
    @Path("/categories/{slug}/best-value")
    @Operation(summary = "A category's products that are in stock, cheapest 100 g of protein first")
    public Uni<ProductSummaryPage> bestValue(@PathParam("slug") String category, @BeanParam RankingQuery query) {
        ProductQuery ranking = new ProductQuery(null, null, category, null, null, null, null, true, null, query.currency(),
                ProductQuery.BY_PRICE_PER_100G_PROTEIN, query.after(), query.limit(), query.protein() == null ? QueryBounds.LABEL : query.protein(), false);
        // only an empty ranking needs telling apart from a category that does not exist
        return search(ranking).chain(page -> !page.items().isEmpty() ? Uni.createFrom().item(page)
                : database.first("SELECT slug FROM catalog_category WHERE slug = $1", row -> row.getString("slug"), category)
                        .map(slug -> found(slug, "category", category)).replaceWith(page));
    }

    /** {@code protein=label} (the default) or {@code lab-tested}: which protein figure prices per 100 g count. */
    private static ProductSearch.ProteinBasis proteinBasis(String protein) {
        return switch (protein.toLowerCase(Locale.ROOT)) {
            case QueryBounds.LABEL -> ProductSearch.ProteinBasis.LABEL;
            case QueryBounds.LAB_TESTED -> ProductSearch.ProteinBasis.LAB_TESTED;
            default -> throw ProblemException.invalidField("protein", "must be label or lab-tested");
        };
    }

    @GET
    @Path("/products/{slugOrId}")
    @Operation(summary = "A product with every variant and every variant's offers, best buy first")
    public Uni<ProductDetail> product(@PathParam("slugOrId") String slugOrId) {
        return products.detail(database, slugOrId).map(product -> found(product, "product", slugOrId));
    }

    private String currency(String requested) {
        String code = requested == null ? config.defaultCurrency() : requested.toUpperCase(Locale.ROOT);
        try {
            return Money.currencyCode(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "is not an ISO-4217 currency code");
        }
    }

    /** The order asked for; by default, relevance when there is search text, else the best value. */
    private static ProductSearch.Sort sort(String value, boolean hasText) {
        if (value == null) {
            return hasText ? ProductSearch.Sort.RELEVANCE : ProductSearch.Sort.PRICE_PER_100G_PROTEIN;
        }
        return switch (value) {
            case "name" -> ProductSearch.Sort.NAME;
            case "price" -> ProductSearch.Sort.PRICE;
            case ProductQuery.BY_PRICE_PER_100G_PROTEIN -> ProductSearch.Sort.PRICE_PER_100G_PROTEIN;
            case "discount" -> ProductSearch.Sort.DISCOUNT;
            case ProductQuery.BY_RELEVANCE -> ProductSearch.Sort.RELEVANCE;
            default -> throw ProblemException.invalidField("sort", "must be one of relevance, name, price, pricePer100gProtein, discount");
        };
    }

    private static ProteinType proteinType(String value) {
        return ProblemException.enumField(ProteinType.class, value, "proteinType");
    }

    /** A cursor's key in the form the order writes: any name, a whole number, or relevance and tie-break ({@code 4:1234}). */
    private static void requireKeyOf(ProductSearch.Sort order, String key) {
        boolean fits = switch (order) {
            case NAME -> true;
            case RELEVANCE -> key.matches("-?\\d{1,18}:-?\\d{1,19}") && wholeNumber(key.substring(key.indexOf(':') + 1));
            default -> wholeNumber(key);
        };
        if (!fits) {
            throw ProblemException.invalidField("after", "is not a cursor for this sort order");
        }
    }

    private static boolean wholeNumber(String key) {
        try {
            Long.parseLong(key);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static <T> T found(T value, String what, String key) {
        if (value == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no " + what + " '" + key + "'");
        }
        return value;
    }
}
