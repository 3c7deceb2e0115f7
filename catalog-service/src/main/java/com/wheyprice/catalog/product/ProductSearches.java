package com.wheyprice.catalog.product;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.CatalogViews.BestOffer;
import com.wheyprice.catalog.api.CatalogViews.BrandRef;
import com.wheyprice.catalog.api.CatalogViews.LabTestScope;
import com.wheyprice.catalog.api.CatalogViews.ProductSummary;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.catalog.search.TextQuery;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.Money;
import com.wheyprice.platform.api.Page;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Runs product searches. A search reads each product's best offer from the read model
 * {@link BestOffers} keeps, walking the index of its order and stopping after the page; only a
 * search narrowed to some variants (flavour, pack size) ranks the matching offers itself, in a
 * CTE. Search text narrows either to the products whose search document holds every word
 * ({@link TextQuery}), through the engine's full-text index, and orders by relevance.
 */
@ApplicationScoped
public class ProductSearches {

    /** Where relevance ties, the product with the best offer comes first, and one without any last. */
    private static final String NO_OFFER = Long.toString(Long.MAX_VALUE);

    /** The relevance of every product when there are no search words. */
    private static final String NOTHING_MATCHED = "0";

    /** A product found, and the cursor that continues after it. */
    private record Hit(ProductSummary product, Cursor after) {
    }

    /** A page of the products the search finds, with the cursor of the next page when there is one. */
    public Uni<Page<ProductSummary>> search(SqlSession sql, ProductSearch search) {
        Uni<List<Hit>> hits;
        if (search.narrowsVariants()) {
            hits = rankingOffers(sql, search);
        } else if (walksBestOffers(search)) {
            // a full page from the walk is the answer; a shorter one leaves the rest to the general path
            hits = walkingBestOffers(sql, search)
                    .chain(walked -> walked.size() > search.limit() ? Uni.createFrom().item(walked) : fromBestOffers(sql, search));
        } else {
            hits = fromBestOffers(sql, search);
        }
        return hits.map(found -> {
            Page<Hit> page = Cursor.page(found, search.limit(), Hit::after);
            return new Page<>(page.items().stream().map(Hit::product).toList(), page.next());
        });
    }

    /**
     * Products with the best offer the read model keeps for the search's ranking. Sorted by rank,
     * the statement walks an index of {@code catalog_best_offer} (of the whole catalog, a brand or
     * a category); by name, the products' name index, with the offer joined (left joined when a
     * product without one may appear); by relevance, the products the text found.
     */
    private static Uni<List<Hit>> fromBestOffers(SqlSession sql, ProductSearch search) {
        ProductSearch.Sort sort = search.sort();
        Matching matching = Matching.of(sql, search);
        Conditions where = matching.where();
        Order order = switch (sort) {
            case NAME -> Order.by("p.name", "p.id");
            case RELEVANCE -> Order.byRelevance(relevance(search, where), "COALESCE(bo.rank_key, " + NO_OFFER + ")", matching.id());
            default -> Order.by("bo.rank_key", "bo.product_id");
        };
        order.after(where, search.after(), sort.descending());
        // the page is chosen first, over the fewest joins; only its rows are then joined to what they show.
        // The limit is written out (a checked number): PostgreSQL then settles on one generic plan per
        // statement instead of planning each execution, which costs more than running it.
        String top = """
                SELECT %1$s AS product_id, %2$s
                  %3$s
                  %4$s
                 ORDER BY %5$s
                 LIMIT %6$s""".formatted(matching.id(), order.columns(), matching.from(), where.where(), order.orderBy(), search.limit() + 1);
        return sql.list(shown(search, top, matching.offer(), order.outerOrderBy()), row -> hit(row, sort), where.params());
    }

    /**
     * What the products of a page chosen by the subquery {@code top} show: product, brand and
     * their best offer, joined on {@code offer}; in the page's order.
     */
    private static String shown(ProductSearch search, String top, String offer, String orderBy) {
        return """
                SELECT p.id, p.slug, p.name, p.protein_type, p.image_url, b.slug AS brand_slug, b.name AS brand_name,
                       c.slug AS category_slug, bo.variant_id, bo.listing_id, r.slug AS retailer, bo.price_minor, bo.list_price_minor,
                       bo.currency, bo.availability, bo.%1$s AS per100, bo.discount_bp, bo.typical_price_minor, bo.real_discount_bp,
                       bo.list_price_inflated, bo.lab_scope, top.*
                  FROM (%2$s) top
                  JOIN catalog_product p ON p.id = top.product_id
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_category c ON c.id = p.category_id
                  LEFT JOIN catalog_best_offer bo ON bo.product_id = p.id AND %3$s
                  LEFT JOIN catalog_retailer r ON r.id = bo.retailer_id
                 ORDER BY %4$s""".formatted(search.proteinBasis().bestOfferColumn(), top, offer, orderBy);
    }

    /**
     * Whether a search by relevance may start with {@link #walkingBestOffers}: it has words that
     * some product can match, it is not narrowed to one brand (whose few products are cheaper to
     * score than to walk and then score), and its cursor, if any, is still among the most relevant
     * products.
     */
    private static boolean walksBestOffers(ProductSearch search) {
        if (search.sort() != ProductSearch.Sort.RELEVANCE || search.text() == null || search.text().bestRelevance() == 0 || search.brand() != null) {
            return false;
        }
        return search.after() == null || relevanceOf(search.after()) == search.text().bestRelevance();
    }

    /**
     * The next products by relevance when the search text is common: the products that score the
     * {@link TextQuery#bestRelevance best relevance}, found by walking the best offers in the order
     * of their rank (the tie-break among equally relevant products) and keeping those whose title
     * holds every word as it scores best. No product ranks above them, so a walk that fills the
     * page has found the page, after reading a few dozen rows instead of scoring every product the
     * words find. The walk reads at most {@link TextQuery#WALK_ROWS_PER_RESULT} best offers per row of the page;
     * with fewer rows than a page (rare words, or the end of the best products), the caller asks
     * {@link #fromBestOffers}, which ranks every product found.
     */
    private static Uni<List<Hit>> walkingBestOffers(SqlSession sql, ProductSearch search) {
        Conditions offer = Matching.offerOf(search);
        // the walk reads the same best offers the page shows: the same conditions, on the values already bound
        Conditions walk = offer.then().and(offer.joined())
                .andIfPresent("bo.category_id = (SELECT id FROM catalog_category WHERE slug = ?)", search.category())
                .andIfPresent("bo." + search.proteinBasis().bestOfferColumn() + " <= ?", search.maxPricePer100gProteinMinor());
        if (search.after() != null) {
            walk.and("(bo.rank_key, bo.product_id) > (?, ?)", tieOf(search.after()), search.after().id());
        }
        Conditions best = search.text().matchBest(walk.then(), "d").andIfPresent("d.protein_type = ?", search.proteinType());
        String top = """
                SELECT w.product_id, %1$d AS relevance, w.rank_key AS tie
                  FROM (SELECT bo.product_id, bo.rank_key FROM catalog_best_offer bo
                         %2$s
                         ORDER BY bo.rank_key, bo.product_id
                         LIMIT %3$d) w
                  JOIN catalog_search_document d ON d.product_id = w.product_id
                  %4$s
                 ORDER BY w.rank_key, w.product_id
                 LIMIT %5$d""".formatted(search.text().bestRelevance(), walk.where(), TextQuery.WALK_ROWS_PER_RESULT * (search.limit() + 1), best.where(),
                search.limit() + 1);
        return sql.list(shown(search, top, offer.joined(), "top.tie, top.product_id"), row -> hit(row, ProductSearch.Sort.RELEVANCE),
                best.params());
    }

    /** Products ranked by their best offer among the variants the search narrows to, computed from the listings. */
    private static Uni<List<Hit>> rankingOffers(SqlSession sql, ProductSearch search) {
        ProductSearch.Sort sort = search.sort();
        String rank = switch (sort) {
            case PRICE -> "l.price_minor";
            case DISCOUNT -> Nutrition.REAL_DISCOUNT_BP_SQL + " DESC, l.price_minor";
            case NAME, PRICE_PER_100G_PROTEIN, RELEVANCE -> search.proteinBasis().per100gSql();
        };
        Conditions offers = productFilters(new Conditions(), sql, search)
                .and("l.active = TRUE AND r.active = TRUE AND l.price_minor IS NOT NULL AND l.currency = ?", search.currency())
                .andIfPresent("lower(v.flavour) = ?", search.flavour() == null ? null : search.flavour().toLowerCase(Locale.ROOT))
                .andIfPresent("v.pack_size_g >= ?", search.minSizeG())
                .andIfPresent("v.pack_size_g <= ?", search.maxSizeG());
        if (search.inStockOnly()) {
            offers.and("l.availability = ?", Availability.IN_STOCK);
        }
        Conditions products = productFilters(offers.then(), sql, search)
                .andIfPresent("o.per100 <= ?", search.maxPricePer100gProteinMinor());
        Order order = switch (sort) {
            case NAME -> Order.by("p.name", "p.id");
            case PRICE -> Order.by("o.price_minor", "p.id");
            case PRICE_PER_100G_PROTEIN -> Order.by("o.per100", "p.id");
            case DISCOUNT -> Order.by("-o.real_discount_bp", "p.id");
            case RELEVANCE -> Order.byRelevance(relevance(search, products), "COALESCE(o.per100, " + NO_OFFER + ")", "p.id");
        };
        order.after(products, search.after(), sort.descending());
        String statement = """
                WITH o AS (
                    SELECT v.product_id, v.id AS variant_id, l.id AS listing_id, r.slug AS retailer, l.price_minor, l.list_price_minor,
                           l.currency, l.availability, %1$s AS per100, %2$s AS discount_bp, l.typical_price_minor,
                           %11$s AS real_discount_bp, l.list_price_inflated, vl.scope AS lab_scope,
                           ROW_NUMBER() OVER (PARTITION BY v.product_id ORDER BY %3$s, l.id) AS rn
                      FROM catalog_product p
                      JOIN catalog_brand b ON b.id = p.brand_id
                      JOIN catalog_category c ON c.id = p.category_id
                      JOIN catalog_variant v ON v.product_id = p.id
                      %12$s
                      JOIN catalog_listing l ON l.variant_id = v.id
                      JOIN catalog_retailer r ON r.id = l.retailer_id
                      %4$s
                )
                SELECT p.id, p.slug, p.name, p.protein_type, p.image_url, b.slug AS brand_slug, b.name AS brand_name,
                       c.slug AS category_slug, o.variant_id, o.listing_id, o.retailer, o.price_minor, o.list_price_minor, o.currency,
                       o.availability, o.per100, o.discount_bp, o.typical_price_minor, o.real_discount_bp, o.list_price_inflated, o.lab_scope, %5$s
                  FROM catalog_product p
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_category c ON c.id = p.category_id
                  %6$s JOIN o ON o.product_id = p.id AND o.rn = 1
                  %7$s
                  %8$s
                 ORDER BY %9$s
                 LIMIT %10$s""".formatted(search.proteinBasis().per100gSql(), Nutrition.DISCOUNT_BP_SQL, rank, offers.where(), order.columns(),
                search.needsOffer() ? "" : "LEFT", documentJoin(search), products.where(), order.orderBy(), search.limit() + 1,
                Nutrition.REAL_DISCOUNT_BP_SQL, Nutrition.LAB_TEST_JOIN);
        return sql.list(statement, row -> hit(row, sort), products.params());
    }

    /**
     * The products a search finds with their best offer from the read model, before any order or
     * cursor: the joins over product {@code p} (or, for a text search, its document {@code d}
     * alone, which holds brand, category and protein type too), best offer {@code bo} (left joined
     * when a product without an offer may appear) and, with search text, document {@code d}; the
     * condition that joins the best offer; the alias that holds the product's filter columns
     * ({@code product}) and its id column; and the conditions, to which an order and a cursor add
     * theirs. Sorted by rank, brand and category are matched on the read model's columns, which
     * its indexes lead with.
     */
    record Matching(String from, String offer, String product, String id, Conditions where) {

        static Matching of(SqlSession sql, ProductSearch search) {
            Conditions offer = offerOf(search);
            // a text search not sorted by name reads everything it filters on from the document, not the product
            boolean fromDocument = search.text() != null && search.sort() != ProductSearch.Sort.NAME;
            String product = fromDocument ? "d" : "p";
            String id = fromDocument ? "d.product_id" : "p.id";
            String owner = search.sort().ranked() ? "bo" : product;
            Conditions where = offer.then()
                    .andIfPresent(owner + ".brand_id = (SELECT id FROM catalog_brand WHERE slug = ?)", search.brand())
                    .andIfPresent(owner + ".category_id = (SELECT id FROM catalog_category WHERE slug = ?)", search.category())
                    .andIfPresent(product + ".protein_type = ?", search.proteinType())
                    .andIfPresent("bo." + search.proteinBasis().bestOfferColumn() + " <= ?", search.maxPricePer100gProteinMinor());
            if (search.text() != null && search.brand() != null) {
                search.text().filterDocument(where, sql.dialect(), "d");
            } else if (search.text() != null) {
                search.text().matchDocument(where, sql.dialect(), "d");
            }
            String from = """
                    FROM %s
                    %s JOIN catalog_best_offer bo ON bo.product_id = %s AND %s
                    %s""".formatted(fromDocument ? "catalog_search_document d" : "catalog_product p", search.needsOffer() ? "" : "LEFT", id,
                    offer.joined(), fromDocument ? "" : documentJoin(search));
            return new Matching(from, offer.joined(), product, id, where);
        }

        /** Which best offer of a product the search reads: its currency, stock and ranking. */
        static Conditions offerOf(ProductSearch search) {
            return new Conditions().and("bo.currency = ?", search.currency()).and("bo.in_stock_only = ?", search.inStockOnly())
                    .and("bo.ranking = ?", search.ranking());
        }
    }

    /**
     * An order of the results: a key, ascending, then the product id; or, by relevance, the
     * relevance descending, then a tie-break key and the product id. Every order is total, so a
     * cursor names one place in it.
     */
    private record Order(String key, String id, String relevance, String tie) {

        static Order by(String key, String id) {
            return new Order(key, id, null, null);
        }

        static Order byRelevance(String relevance, String tie, String id) {
            return new Order(null, id, relevance, tie);
        }

        String columns() {
            return tie == null ? key + " AS sort_key" : relevance + " AS relevance, " + tie + " AS tie";
        }

        /** The same order over the columns the page's subquery {@code top} answers. */
        String outerOrderBy() {
            return tie == null ? "top.sort_key, top.product_id" : "top.relevance DESC, top.tie, top.product_id";
        }

        /** By relevance without search words, every product is as relevant: the tie-break alone orders them. */
        String orderBy() {
            return tie == null ? key + ", " + id : (relevance.equals(NOTHING_MATCHED) ? "" : relevance + " DESC, ") + tie + ", " + id;
        }

        /** Continues after the cursor's row; a descending order's key was written negated in the cursor's place. */
        void after(Conditions where, Cursor after, boolean negated) {
            if (after == null) {
                return;
            }
            if (tie != null) {
                where.and("(-" + relevance + ", " + tie + ", " + id + ") > (?, ?, ?)", -relevanceOf(after), tieOf(after), after.id());
            } else if (key.equals("p.name")) {
                where.and("(p.name, p.id) > (?, ?)", after.key(), after.id());
            } else {
                long value = Long.parseLong(after.key());
                where.and("(" + key + ", " + id + ") > (?, ?)", negated ? -value : value, after.id());
            }
        }
    }

    /** The relevance of the product a relevance cursor continues after; its key is {@code relevance:tie}. */
    private static long relevanceOf(Cursor after) {
        return Long.parseLong(after.key().split(":")[0]);
    }

    /** The tie-break key of the product a relevance cursor continues after. */
    private static long tieOf(Cursor after) {
        return Long.parseLong(after.key().split(":")[1]);
    }

    private static Hit hit(Row row, ProductSearch.Sort sort) {
        ProductSummary product = summary(row);
        String key = switch (sort) {
            case NAME -> row.getString("sort_key");
            case RELEVANCE -> Rows.count(row, "relevance") + ":" + Rows.count(row, "tie");
            case DISCOUNT -> Long.toString(-Rows.count(row, "sort_key"));
            default -> Long.toString(Rows.count(row, "sort_key"));
        };
        return new Hit(product, new Cursor(key, product.id()));
    }

    private static String relevance(ProductSearch search, Conditions where) {
        return search.text() == null || search.text().empty() ? NOTHING_MATCHED : search.text().relevance(where, "d");
    }

    private static String documentJoin(ProductSearch search) {
        return search.text() == null ? "" : "JOIN catalog_search_document d ON d.product_id = p.id";
    }

    /**
     * The conditions on the product itself (brand, category, protein type, text). They narrow the
     * offers ranked inside the CTE, which keeps the ranking to the matching products, and they
     * filter the outer query, where products without an offer can appear (name order).
     */
    private static Conditions productFilters(Conditions where, SqlSession sql, ProductSearch search) {
        where.andIfPresent("b.slug = ?", search.brand())
                .andIfPresent("c.slug = ?", search.category())
                .andIfPresent("p.protein_type = ?", search.proteinType());
        return matchText(where, sql, search.text());
    }

    private static Conditions matchText(Conditions where, SqlSession sql, TextQuery text) {
        return text == null ? where : text.match(where, sql.dialect(), "p.id");
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
                    (int) Rows.count(row, "discount_bp"), Rows.money(row, "typical_price_minor", "currency"),
                    (int) Rows.count(row, "real_discount_bp"), Boolean.TRUE.equals(Rows.bool(row, "list_price_inflated")),
                    row.getString("lab_scope") == null ? null : LabTestScope.valueOf(row.getString("lab_scope")));
        }
        return new ProductSummary(Rows.uuid(row, "id"), row.getString("slug"), row.getString("name"),
                ProteinType.valueOf(row.getString("protein_type")), row.getString("image_url"),
                new BrandRef(row.getString("brand_slug"), row.getString("brand_name")), row.getString("category_slug"), offer);
    }
}
