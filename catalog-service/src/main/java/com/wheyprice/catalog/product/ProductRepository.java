package com.wheyprice.catalog.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.CatalogViews;
import com.wheyprice.catalog.api.CatalogViews.BestOffer;
import com.wheyprice.catalog.api.CatalogViews.BrandRef;
import com.wheyprice.catalog.api.CatalogViews.Offer;
import com.wheyprice.catalog.api.CatalogViews.ProductDetail;
import com.wheyprice.catalog.api.CatalogViews.ProductSummary;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Reads products for shoppers: the search and the detail with every variant's offers. A search
 * reads each product's best offer from the read model {@link BestOffers} keeps, walking the
 * index of its order and stopping after the page; only a search narrowed to some variants
 * (flavour, pack size) ranks the matching offers itself, in a CTE.
 */
@ApplicationScoped
public class ProductRepository {

    private final BrandRepository brands;

    ProductRepository(BrandRepository brands) {
        this.brands = brands;
    }

    /** Up to {@code search.limit() + 1} products, so the caller can tell whether another page follows. */
    public Uni<List<ProductSummary>> search(SqlSession sql, ProductSearch search) {
        return search.narrowsVariants() ? rankingOffers(sql, search) : fromBestOffers(sql, search);
    }

    /**
     * A page of products with the best offer the read model keeps for the search's ranking. Sorted by
     * rank, the statement walks an index of {@code catalog_best_offer} (of the whole catalog, a
     * brand or a category); by name, the products' name index, with the offer joined (left joined
     * when a product without one may appear).
     */
    private static Uni<List<ProductSummary>> fromBestOffers(SqlSession sql, ProductSearch search) {
        boolean byName = search.sort() == ProductSearch.Sort.NAME;
        Conditions offer = new Conditions().and("bo.currency = ?", search.currency()).and("bo.in_stock_only = ?", search.inStockOnly())
                .and("bo.ranking = ?", search.ranking());
        String owner = byName ? "p" : "bo";
        Conditions where = offer.then()
                .andIfPresent(owner + ".brand_id = (SELECT id FROM catalog_brand WHERE slug = ?)", search.brand())
                .andIfPresent(owner + ".category_id = (SELECT id FROM catalog_category WHERE slug = ?)", search.category())
                .andIfPresent("p.protein_type = ?", search.proteinType())
                .andIfPresent("bo." + search.proteinBasis().bestOfferColumn() + " <= ?", search.maxPricePer100gProteinMinor());
        matchText(where, search.text());
        if (search.after() != null && byName) {
            where.and("(p.name, p.id) > (?, ?)", search.after().key(), search.after().id());
        } else if (search.after() != null) {
            long key = Long.parseLong(search.after().key());
            where.and("(bo.rank_key, bo.product_id) > (?, ?)", search.sort().descending() ? -key : key, search.after().id());
        }
        String statement = """
                SELECT p.id, p.slug, p.name, p.protein_type, p.image_url, b.slug AS brand_slug, b.name AS brand_name,
                       c.slug AS category_slug, bo.variant_id, bo.listing_id, r.slug AS retailer, bo.price_minor, bo.list_price_minor,
                       bo.currency, bo.availability, bo.%1$s AS per100, bo.discount_bp
                  FROM catalog_product p
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_category c ON c.id = p.category_id
                  %2$s JOIN catalog_best_offer bo ON bo.product_id = p.id AND %3$s
                  LEFT JOIN catalog_retailer r ON r.id = bo.retailer_id
                  %4$s
                 ORDER BY %5$s
                 LIMIT %6$s""".formatted(search.proteinBasis().bestOfferColumn(), search.needsOffer() ? "" : "LEFT", offer.joined(),
                where.where(), byName ? "p.name, p.id" : "bo.rank_key, bo.product_id", where.next());
        return sql.list(statement, ProductRepository::summary, where.params(search.limit() + 1));
    }

    /** A page of products ranked by their best offer among the variants the search narrows to, computed from the listings. */
    private static Uni<List<ProductSummary>> rankingOffers(SqlSession sql, ProductSearch search) {
        ProductSearch.Sort sort = search.sort();
        String rank = switch (sort) {
            case PRICE -> "l.price_minor";
            case DISCOUNT -> Nutrition.DISCOUNT_BP_SQL + " DESC, l.price_minor";
            case NAME, PRICE_PER_100G_PROTEIN -> search.proteinBasis().per100gSql();
        };
        Conditions offers = productFilters(new Conditions(), search)
                .and("l.active = TRUE AND r.active = TRUE AND l.price_minor IS NOT NULL AND l.currency = ?", search.currency())
                .andIfPresent("lower(v.flavour) = ?", search.flavour() == null ? null : search.flavour().toLowerCase(Locale.ROOT))
                .andIfPresent("v.pack_size_g >= ?", search.minSizeG())
                .andIfPresent("v.pack_size_g <= ?", search.maxSizeG());
        if (search.inStockOnly()) {
            offers.and("l.availability = ?", Availability.IN_STOCK);
        }
        Conditions products = productFilters(offers.then(), search)
                .andIfPresent("o.per100 <= ?", search.maxPricePer100gProteinMinor());
        if (search.after() != null) {
            Object key = sort.text() ? search.after().key() : Long.valueOf(search.after().key());
            String beyond = sort.descending() ? "<" : ">";
            products.and("(" + sort.key() + " " + beyond + " ? OR (" + sort.key() + " = ? AND p.id > ?))", key, key, search.after().id());
        }
        String statement = """
                WITH o AS (
                    SELECT v.product_id, v.id AS variant_id, l.id AS listing_id, r.slug AS retailer, l.price_minor, l.list_price_minor,
                           l.currency, l.availability, %1$s AS per100, %2$s AS discount_bp,
                           ROW_NUMBER() OVER (PARTITION BY v.product_id ORDER BY %3$s, l.id) AS rn
                      FROM catalog_product p
                      JOIN catalog_brand b ON b.id = p.brand_id
                      JOIN catalog_category c ON c.id = p.category_id
                      JOIN catalog_variant v ON v.product_id = p.id
                      JOIN catalog_listing l ON l.variant_id = v.id
                      JOIN catalog_retailer r ON r.id = l.retailer_id
                      %4$s
                )
                SELECT p.id, p.slug, p.name, p.protein_type, p.image_url, b.slug AS brand_slug, b.name AS brand_name,
                       c.slug AS category_slug, o.variant_id, o.listing_id, o.retailer, o.price_minor, o.list_price_minor, o.currency,
                       o.availability, o.per100, o.discount_bp
                  FROM catalog_product p
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_category c ON c.id = p.category_id
                  %5$s JOIN o ON o.product_id = p.id AND o.rn = 1
                  %6$s
                 ORDER BY %7$s %8$s, p.id
                 LIMIT %9$s""".formatted(search.proteinBasis().per100gSql(), Nutrition.DISCOUNT_BP_SQL, rank, offers.where(),
                search.needsOffer() ? "" : "LEFT", products.where(), sort.key(), sort.descending() ? "DESC" : "", products.next());
        return sql.list(statement, ProductRepository::summary, products.params(search.limit() + 1));
    }

    /**
     * The conditions on the product itself (brand, category, protein type, text). They narrow the
     * offers ranked inside the CTE, which keeps the ranking to the matching products, and they
     * filter the outer query, where products without an offer can appear (name order).
     */
    private static Conditions productFilters(Conditions where, ProductSearch search) {
        where.andIfPresent("b.slug = ?", search.brand())
                .andIfPresent("c.slug = ?", search.category())
                .andIfPresent("p.protein_type = ?", search.proteinType());
        return matchText(where, search.text());
    }

    private static Conditions matchText(Conditions where, String text) {
        if (text != null && !text.isBlank()) {
            String pattern = "%" + likeEscape(text.trim().toLowerCase(Locale.ROOT)) + "%";
            where.and("(lower(p.name) LIKE ? ESCAPE '\\' OR lower(b.name) LIKE ? ESCAPE '\\')", pattern, pattern);
        }
        return where;
    }

    /** The sort key of a search result, for the cursor that continues after it. */
    public static Cursor cursorAfter(ProductSummary product, ProductSearch.Sort sort) {
        String key = switch (sort) {
            case NAME -> product.name();
            case PRICE -> Long.toString(product.bestOffer().price().amountMinor());
            case PRICE_PER_100G_PROTEIN -> Long.toString(product.bestOffer().pricePer100gProtein().amountMinor());
            case DISCOUNT -> Long.toString(product.bestOffer().discountBasisPoints());
        };
        return new Cursor(key, product.id());
    }

    private static ProductSummary summary(Row row) {
        BestOffer offer = null;
        Long price = Rows.longValue(row, "price_minor");
        if (price != null) {
            String currency = row.getString("currency");
            Long list = Rows.longValue(row, "list_price_minor");
            offer = new BestOffer(Rows.uuid(row, "listing_id"), Rows.uuid(row, "variant_id"), row.getString("retailer"),
                    new Money(price, currency), list == null ? null : new Money(list, currency),
                    Availability.valueOf(row.getString("availability")), new Money(Rows.count(row, "per100"), currency),
                    (int) Rows.count(row, "discount_bp"));
        }
        return new ProductSummary(Rows.uuid(row, "id"), row.getString("slug"), row.getString("name"),
                ProteinType.valueOf(row.getString("protein_type")), row.getString("image_url"),
                new BrandRef(row.getString("brand_slug"), row.getString("brand_name")), row.getString("category_slug"), offer);
    }

    /** The product with every variant and every variant's offers, best buy first; {@code null} when there is no such product. */
    public Uni<ProductDetail> detail(SqlSession sql, String slugOrId) {
        UUID id = asUuid(slugOrId);
        String where = id == null ? "p.slug = $1" : "p.id = $1";
        return sql.first("""
                SELECT p.*, c.slug AS category_slug FROM catalog_product p JOIN catalog_category c ON c.id = p.category_id""" + " WHERE " + where,
                row -> row, id == null ? slugOrId : id)
                .chain(product -> product == null ? Uni.createFrom().nullItem() : brands.find(sql, Rows.uuid(product, "brand_id"))
                        .chain(brand -> variants(sql, Rows.uuid(product, "id")).map(variants -> new ProductDetail(
                                Rows.uuid(product, "id"), product.getString("slug"), product.getString("name"),
                                ProteinType.valueOf(product.getString("protein_type")), product.getString("description"),
                                product.getString("image_url"), brand, product.getString("category_slug"), variants))));
    }

    private Uni<List<CatalogViews.Variant>> variants(SqlSession sql, UUID productId) {
        return sql.list("""
                SELECT v.id AS variant_id, v.flavour, v.pack_size_g, v.servings_per_pack, v.protein_per_serving_mg, v.gtin, v.sku,
                       l.id AS listing_id, l.url, l.price_minor, l.list_price_minor, l.currency, l.availability, l.observed_at,
                       l.last_scrape_status, r.slug AS retailer, r.name AS retailer_name
                  FROM catalog_variant v
                  LEFT JOIN catalog_listing l ON l.variant_id = v.id AND l.active = TRUE
                  LEFT JOIN catalog_retailer r ON r.id = l.retailer_id AND r.active = TRUE
                 WHERE v.product_id = $1
                 ORDER BY v.pack_size_g, v.flavour, v.id,
                          CASE l.availability WHEN 'IN_STOCK' THEN 0 WHEN 'UNKNOWN' THEN 1 ELSE 2 END,
                          CASE WHEN l.price_minor IS NULL THEN 1 ELSE 0 END, l.price_minor, l.id""", row -> row, productId)
                .map(ProductRepository::groupVariants);
    }

    private static List<CatalogViews.Variant> groupVariants(List<Row> rows) {
        Map<UUID, CatalogViews.Variant> variants = new LinkedHashMap<>();
        for (Row row : rows) {
            UUID variantId = Rows.uuid(row, "variant_id");
            int servings = row.getInteger("servings_per_pack");
            int proteinMg = row.getInteger("protein_per_serving_mg");
            CatalogViews.Variant variant = variants.computeIfAbsent(variantId, id -> new CatalogViews.Variant(id, row.getString("flavour"),
                    row.getInteger("pack_size_g"), servings, Nutrition.grams(proteinMg),
                    Nutrition.grams(Nutrition.proteinPerPackMg(servings, proteinMg)), row.getString("gtin"), row.getString("sku"),
                    new ArrayList<>()));
            Long price = Rows.longValue(row, "price_minor");
            if (Rows.uuid(row, "listing_id") != null && row.getString("retailer") != null) {
                String currency = row.getString("currency");
                Long list = Rows.longValue(row, "list_price_minor");
                variant.offers().add(new Offer(Rows.uuid(row, "listing_id"), row.getString("retailer"), row.getString("retailer_name"),
                        row.getString("url"), price == null ? null : new Money(price, currency),
                        list == null ? null : new Money(list, currency), Availability.valueOf(row.getString("availability")),
                        Rows.instant(row, "observed_at"),
                        price == null ? null : new Money(Nutrition.pricePer100gProtein(price, servings, proteinMg), currency),
                        price == null ? null : new Money(Nutrition.pricePerServing(price, servings), currency),
                        row.getString("last_scrape_status")));
            }
        }
        return List.copyOf(variants.values());
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static UUID asUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
