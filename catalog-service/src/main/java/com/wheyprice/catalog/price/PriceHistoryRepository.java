package com.wheyprice.catalog.price;

import java.time.Instant;
import java.time.LocalDate;
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
import com.wheyprice.catalog.price.DailyBestStanding.DailyLow;
import com.wheyprice.catalog.price.DailyBestStanding.Standing;
import com.wheyprice.catalog.product.Nutrition;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Price history queries: daily series from the roll-up kept at ingest (see {@link PriceObservations}),
 * and, from the same roll-up, the lows and the standing that say whether a price is good
 * ({@link DailyBestStanding}).
 */
@ApplicationScoped
public class PriceHistoryRepository {

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
     * Per currency: today's best live offer, the lows, and where that offer stands among the daily
     * bests of the days before ({@link DailyBestStanding}). Everything but the offer reads the
     * daily roll-up, which outlives the raw observations ({@code RETENTION_OBSERVATIONS}).
     */
    private Uni<List<Verdict>> verdicts(SqlSession sql, UUID variantId, Instant now) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        Uni<List<Row>> lows = sql.list("""
                WITH best AS (
                    SELECT l.currency, MIN(l.price_minor) AS current_best
                      FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                     WHERE l.variant_id = $1 AND l.active = TRUE AND r.active = TRUE AND l.price_minor IS NOT NULL
                       AND l.availability <> 'OUT_OF_STOCK'
                     GROUP BY l.currency
                )
                SELECT d.currency, best.current_best, MIN(d.low) AS all_time_low,
                       MIN(CASE WHEN d.day >= $2 THEN d.low END) AS low_30,
                       MIN(CASE WHEN d.day >= $3 THEN d.low END) AS low_90,
                       MIN(v.servings_per_pack) AS servings, MIN(v.protein_per_serving_mg) AS protein_mg
                  FROM catalog_listing l
                  JOIN catalog_variant v ON v.id = l.variant_id
                  JOIN catalog_price_daily d ON d.listing_id = l.id
                  LEFT JOIN best ON best.currency = d.currency
                 WHERE l.variant_id = $1
                 GROUP BY d.currency, best.current_best
                 ORDER BY d.currency""", row -> row, variantId, today.minusDays(30).toString(), today.minusDays(DailyBestStanding.DAYS).toString());
        Uni<List<Row>> days = sql.list("""
                SELECT d.currency, d.day, d.low
                  FROM catalog_listing l JOIN catalog_price_daily d ON d.listing_id = l.id
                 WHERE l.variant_id = $1 AND d.day >= $2 AND d.day < $3""", row -> row, variantId,
                today.minusDays(DailyBestStanding.DAYS).toString(), today.toString());
        return lows.chain(currencies -> days.map(daily -> currencies.stream().map(row -> {
            String currency = row.getString("currency");
            List<DailyLow> ofCurrency = daily.stream().filter(day -> currency.equals(day.getString("currency")))
                    .map(day -> new DailyLow(LocalDate.parse(day.getString("day")), Rows.count(day, "low"))).toList();
            return verdict(row, DailyBestStanding.of(Rows.longValue(row, "current_best"), ofCurrency, today));
        }).toList()));
    }

    private static Verdict verdict(Row row, Standing standing) {
        String currency = row.getString("currency");
        Long current = Rows.longValue(row, "current_best");
        int servings = (int) Rows.count(row, "servings");
        int proteinMg = (int) Rows.count(row, "protein_mg");
        return new Verdict(currency, money(current, currency), money(Rows.longValue(row, "all_time_low"), currency),
                money(Rows.longValue(row, "low_30"), currency), money(Rows.longValue(row, "low_90"), currency), standing.percentile(),
                standing.good(),
                current == null ? null : new Money(Nutrition.pricePer100gProtein(current, servings, proteinMg), currency),
                current == null ? null : new Money(Nutrition.pricePerServing(current, servings), currency));
    }

    private static Money money(Long amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
