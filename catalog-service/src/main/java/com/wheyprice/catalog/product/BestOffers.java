package com.wheyprice.catalog.product;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * The best-offer read model ({@code catalog_best_offer}): per product, currency and
 * {@link OfferRanking}, the best listing among all offers and among in-stock offers, which
 * searches page through by index instead of ranking every listing per request. Ranking a
 * product recomputes its rows from its listings as a whole, so a rebuild is the same
 * computation over every product and an incrementally kept model can be checked against it.
 * {@link ProductReadModels} decides when, and under which locks.
 */
@ApplicationScoped
public class BestOffers {

    private static final String COLUMNS = "product_id, currency, in_stock_only, brand_id, category_id, protein_type, listing_id, variant_id,"
            + " retailer_id, price_minor, list_price_minor, availability, per100_label_minor, per100_lab_minor, discount_bp, typical_price_minor,"
            + " real_discount_bp, list_price_inflated, lab_scope";

    /** Ranks the offers of the products whose ids fill {@code %1$s}: a row for each ranking, among all and among in-stock offers. */
    private static final String RANK_SQL = """
            INSERT INTO catalog_best_offer (%s, ranking, rank_key)
            WITH o AS (
                SELECT p.id AS product_id, l.currency, p.brand_id, p.category_id, p.protein_type, l.id AS listing_id, v.id AS variant_id,
                       l.retailer_id, l.price_minor, l.list_price_minor, l.availability, %s AS per100_label_minor,
                       %s AS per100_lab_minor, %s AS discount_bp, l.typical_price_minor, %s AS real_discount_bp, l.list_price_inflated,
                       vl.scope AS lab_scope
                  FROM catalog_product p
                  JOIN catalog_variant v ON v.product_id = p.id
                  %s
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
            Nutrition.REAL_DISCOUNT_BP_SQL, Nutrition.LAB_TEST_JOIN, COLUMNS.replace("in_stock_only, ", ""), COLUMNS.replace("in_stock_only, ", ""),
            Arrays.stream(OfferRanking.values())
                    .map(ranking -> "ROW_NUMBER() OVER (PARTITION BY product_id, currency, in_stock_only ORDER BY " + ranking.offerOrder()
                            + ") AS rank_" + ranking.ordinal())
                    .collect(Collectors.joining(", ")),
            Arrays.stream(OfferRanking.values())
                    .map(ranking -> "SELECT " + COLUMNS + ", '" + ranking.name() + "', " + ranking.rankKey() + " FROM ranked WHERE rank_"
                            + ranking.ordinal() + " = 1")
                    .collect(Collectors.joining("\nUNION ALL\n")));

    /** Replaces the rows of these products (already locked by the caller) with their ranking now. */
    Uni<Void> rank(SqlSession tx, List<UUID> productIds) {
        String in = SqlPlaceholders.numbered(1, productIds.size());
        Object[] ids = productIds.toArray();
        return tx.update("DELETE FROM catalog_best_offer WHERE product_id IN (" + in + ")", ids)
                .chain(() -> tx.update(RANK_SQL.formatted(in), ids))
                .replaceWithVoid();
    }

    /** Drops the rows of products that no longer exist. */
    Uni<Void> dropOrphans(SqlSession tx) {
        return tx.update("DELETE FROM catalog_best_offer WHERE product_id NOT IN (SELECT id FROM catalog_product)").replaceWithVoid();
    }
}
