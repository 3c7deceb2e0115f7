package com.wheyprice.catalog.product;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the best-offer read model ({@code catalog_best_offer}): per product, currency and
 * {@link OfferRanking}, the best listing among all offers and among in-stock offers. Every
 * change that can move a product's best offer (a scraped price, an admin edit of a listing,
 * variant, product, brand or retailer) calls {@link #refresh} for the products it touched, in its
 * own transaction, so a search never sees an offer change without its ranking. Refreshing
 * recomputes a product's rows from its listings as a whole, so {@link #rebuild} is the same
 * computation over every product, and an incremental model can be checked against it.
 */
@ApplicationScoped
public class BestOffers {

    private static final Logger LOG = Logger.getLogger(BestOffers.class);

    /** Products per statement: far below either engine's limit on bound values. */
    static final int CHUNK = 500;

    private static final String COLUMNS = "product_id, currency, in_stock_only, brand_id, category_id, protein_type, listing_id, variant_id,"
            + " retailer_id, price_minor, list_price_minor, availability, per100_label_minor, per100_lab_minor, discount_bp";

    /** Ranks the offers of the products whose ids fill {@code %1$s}: a row for each ranking, among all and among in-stock offers. */
    private static final String RANK_SQL = """
            INSERT INTO catalog_best_offer (%s, ranking, rank_key)
            WITH o AS (
                SELECT p.id AS product_id, l.currency, p.brand_id, p.category_id, p.protein_type, l.id AS listing_id, v.id AS variant_id,
                       l.retailer_id, l.price_minor, l.list_price_minor, l.availability, %s AS per100_label_minor,
                       %s AS per100_lab_minor, %s AS discount_bp
                  FROM catalog_product p
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_variant v ON v.product_id = p.id
                  JOIN catalog_listing l ON l.variant_id = v.id
                  JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.active = TRUE AND r.active = TRUE AND l.price_minor IS NOT NULL AND p.id IN (%%1$s)
            ), scoped AS (
                SELECT %s, FALSE AS in_stock_only FROM o
                UNION ALL
                SELECT %s, TRUE AS in_stock_only FROM o WHERE availability = 'IN_STOCK'
            ), ranked AS (
                SELECT scoped.*, %s
                  FROM scoped
            )
            %s""".formatted(COLUMNS, Nutrition.PER_100G_SQL, Nutrition.PER_100G_LAB_TESTED_SQL, Nutrition.DISCOUNT_BP_SQL,
            COLUMNS.replace("in_stock_only, ", ""), COLUMNS.replace("in_stock_only, ", ""),
            Arrays.stream(OfferRanking.values())
                    .map(ranking -> "ROW_NUMBER() OVER (PARTITION BY product_id, currency, in_stock_only ORDER BY " + ranking.offerOrder()
                            + ") AS rank_" + ranking.ordinal())
                    .collect(Collectors.joining(", ")),
            Arrays.stream(OfferRanking.values())
                    .map(ranking -> "SELECT " + COLUMNS + ", '" + ranking.name() + "', " + ranking.rankKey() + " FROM ranked WHERE rank_"
                            + ranking.ordinal() + " = 1")
                    .collect(Collectors.joining("\nUNION ALL\n")));

    private final Database database;

    BestOffers(Database database) {
        this.database = database;
    }

    /**
     * Recomputes the rows of these products from their current listings, within {@code tx}. On
     * PostgreSQL the products are locked first, in id order, so two transactions refreshing the
     * same product take turns and the later one ranks the earlier one's committed offers.
     */
    public Uni<Void> refresh(SqlSession tx, Collection<UUID> productIds) {
        List<UUID> sorted = new ArrayList<>(new TreeSet<>(productIds));
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            chunks.add(sorted.subList(from, Math.min(sorted.size(), from + CHUNK)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> refreshChunk(tx, chunk))
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> refreshChunk(SqlSession tx, List<UUID> productIds) {
        String in = placeholders(productIds.size());
        Object[] ids = productIds.toArray();
        return tx.list("SELECT id FROM catalog_product WHERE id IN (" + in + ") ORDER BY id" + tx.dialect().forUpdate(), row -> row, ids)
                .chain(() -> tx.update("DELETE FROM catalog_best_offer WHERE product_id IN (" + in + ")", ids))
                .chain(() -> tx.update(RANK_SQL.formatted(in), ids))
                .replaceWithVoid();
    }


    /**
     * Recreates the whole model from the listings, a chunk of products per transaction (so
     * ingest and admin edits keep going), then drops the rows of products that no longer exist.
     * Answers the number of products ranked.
     */
    public Uni<Integer> rebuild() {
        return rebuildFrom(null, 0)
                .call(products -> database.update("DELETE FROM catalog_best_offer WHERE product_id NOT IN (SELECT id FROM catalog_product)"));
    }

    private Uni<Integer> rebuildFrom(UUID after, int done) {
        String next = after == null ? "" : " WHERE id > $1";
        Object[] params = after == null ? new Object[0] : new Object[] {after};
        return database.list("SELECT id FROM catalog_product" + next + " ORDER BY id LIMIT " + CHUNK, row -> Rows.uuid(row, "id"), params)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(done)
                        : database.inTransaction(tx -> refresh(tx, ids))
                                .chain(() -> rebuildFrom(ids.get(ids.size() - 1), done + ids.size())));
    }

    /** Fills the model when it is empty although offers exist: on the first start after the migration that made it. */
    void buildOnStart(@Observes @Priority(10) StartupEvent event) {
        if (unbuilt().await().atMost(Duration.ofSeconds(30))) {
            int products = rebuild().await().atMost(Duration.ofMinutes(30));
            LOG.infof("best offers ranked for %d products", products);
        }
    }

    private Uni<Boolean> unbuilt() {
        return database.first("""
                SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_best_offer LIMIT 1) AS anything) AS ranked,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_listing WHERE price_minor IS NOT NULL LIMIT 1) AS anything) AS priced""",
                row -> Rows.count(row, "ranked") == 0 && Rows.count(row, "priced") > 0);
    }

    /**
     * The kinds of catalog entry an admin edits, each with the products whose best offers
     * depend on one entry: what to refresh before and after a change to it.
     */
    public enum Source {
        BRAND("SELECT id FROM catalog_product WHERE brand_id = $1"),
        /** No column of the model reads a category's own fields; a product's category moves with the product. */
        CATEGORY(null),
        PRODUCT("SELECT id FROM catalog_product WHERE id = $1"),
        VARIANT("SELECT product_id AS id FROM catalog_variant WHERE id = $1"),
        RETAILER("SELECT DISTINCT v.product_id AS id FROM catalog_listing l JOIN catalog_variant v ON v.id = l.variant_id WHERE l.retailer_id = $1"),
        LISTING("SELECT v.product_id AS id FROM catalog_listing l JOIN catalog_variant v ON v.id = l.variant_id WHERE l.id = $1");

        private final String productsSql;

        Source(String productsSql) {
            this.productsSql = productsSql;
        }
    }

    /** The products whose best offers depend on this entry as it is now in {@code tx}. */
    public Uni<List<UUID>> productsOf(SqlSession tx, Source source, UUID id) {
        return source.productsSql == null ? Uni.createFrom().item(List.of()) : tx.list(source.productsSql, row -> Rows.uuid(row, "id"), id);
    }

    private static String placeholders(int count) {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            in.append(i == 1 ? "$" : ", $").append(i);
        }
        return in.toString();
    }
}
