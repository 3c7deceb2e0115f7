package com.wheyprice.catalog.price;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.PriceHistory;
import com.wheyprice.catalog.api.PriceHistory.Day;
import com.wheyprice.catalog.api.PriceHistory.Series;
import com.wheyprice.catalog.api.PriceHistory.Verdict;
import com.wheyprice.catalog.product.Nutrition;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Price history queries: daily series from the roll-up kept at ingest (see {@link PriceObservations}),
 * and the lows and percentile that say whether a price is good, from the observations' primary key
 * (listing, time).
 */
@ApplicationScoped
public class PriceHistoryRepository {

    /** A price at or below this percentile of the last 90 days counts as a good one. */
    static final int GOOD_PRICE_PERCENTILE = 20;

    public Uni<Boolean> variantExists(SqlSession sql, UUID variantId) {
        return sql.first("SELECT 1 AS found FROM catalog_variant WHERE id = $1", row -> true, variantId).map(found -> found != null);
    }

    public Uni<PriceHistory> history(SqlSession sql, UUID variantId, Instant from, Instant to) {
        return daily(sql, variantId, from, to).chain(series -> verdicts(sql, variantId, to)
                .map(verdicts -> new PriceHistory(variantId, from, to, series, verdicts)));
    }

    /** The daily series of every listing of the variant, read from the roll-up. */
    private Uni<List<Series>> daily(SqlSession sql, UUID variantId, Instant from, Instant to) {
        return sql.list("""
                SELECT d.listing_id, r.slug AS retailer, d.currency, d.day, d.low, d.high, d.total, d.n, d.last_price
                  FROM catalog_listing l
                  JOIN catalog_price_daily d ON d.listing_id = l.id
                  JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.variant_id = $1 AND d.day >= $2 AND d.day <= $3
                 ORDER BY r.slug, d.listing_id, d.day""", row -> row, variantId, utcDay(from), utcDay(to))
                .map(PriceHistoryRepository::series);
    }

    private static String utcDay(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static List<Series> series(List<Row> rows) {
        Map<UUID, Series> byListing = new LinkedHashMap<>();
        for (Row row : rows) {
            Series series = byListing.computeIfAbsent(Rows.uuid(row, "listing_id"),
                    id -> new Series(id, row.getString("retailer"), row.getString("currency"), new ArrayList<>()));
            long observations = Rows.count(row, "n");
            series.days().add(new Day(row.getString("day"), Rows.count(row, "low"), Math.round((double) Rows.count(row, "total") / observations),
                    Rows.count(row, "high"), Rows.count(row, "last_price"), (int) observations));
        }
        return List.copyOf(byListing.values());
    }

    /**
     * Per currency: today's best live offer, the lows, and how many of the last 90 days' prices were
     * below it. The all-time low reads the daily roll-up, which outlives the raw observations
     * ({@code RETENTION_OBSERVATIONS}).
     */
    private Uni<List<Verdict>> verdicts(SqlSession sql, UUID variantId, Instant now) {
        Instant days30 = now.minus(Duration.ofDays(30));
        Instant days90 = now.minus(Duration.ofDays(90));
        return sql.list("""
                WITH best AS (
                    SELECT l.currency, MIN(l.price_minor) AS current_best
                      FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                     WHERE l.variant_id = $1 AND l.active = TRUE AND r.active = TRUE AND l.price_minor IS NOT NULL
                       AND l.availability <> 'OUT_OF_STOCK'
                     GROUP BY l.currency
                )
                SELECT o.currency, best.current_best,
                       (SELECT MIN(d.low) FROM catalog_price_daily d JOIN catalog_listing dl ON dl.id = d.listing_id
                         WHERE dl.variant_id = $1 AND d.currency = o.currency) AS all_time_low,
                       MIN(CASE WHEN o.observed_at >= $2 THEN o.price_minor END) AS low_30,
                       MIN(CASE WHEN o.observed_at >= $3 THEN o.price_minor END) AS low_90,
                       SUM(CASE WHEN o.observed_at >= $3 THEN 1 ELSE 0 END) AS n_90,
                       SUM(CASE WHEN o.observed_at >= $3 AND o.price_minor < best.current_best THEN 1 ELSE 0 END) AS cheaper_90,
                       MIN(v.servings_per_pack) AS servings, MIN(v.protein_per_serving_mg) AS protein_mg
                  FROM catalog_listing l
                  JOIN catalog_variant v ON v.id = l.variant_id
                  JOIN catalog_price_observation o ON o.listing_id = l.id
                  LEFT JOIN best ON best.currency = o.currency
                 WHERE l.variant_id = $1
                 GROUP BY o.currency, best.current_best
                 ORDER BY o.currency""", PriceHistoryRepository::verdict, variantId, days30, days90);
    }

    private static Verdict verdict(Row row) {
        String currency = row.getString("currency");
        Long current = Rows.longValue(row, "current_best");
        long seen90 = Rows.count(row, "n_90");
        Integer percentile = current == null || seen90 == 0 ? null : (int) (Rows.count(row, "cheaper_90") * 100 / seen90);
        int servings = (int) Rows.count(row, "servings");
        int proteinMg = (int) Rows.count(row, "protein_mg");
        return new Verdict(currency, money(current, currency), money(Rows.longValue(row, "all_time_low"), currency),
                money(Rows.longValue(row, "low_30"), currency), money(Rows.longValue(row, "low_90"), currency), percentile,
                percentile != null && percentile <= GOOD_PRICE_PERCENTILE,
                current == null ? null : new Money(Nutrition.pricePer100gProtein(current, servings, proteinMg), currency),
                current == null ? null : new Money(Nutrition.pricePerServing(current, servings), currency));
    }

    private static Money money(Long amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
