package com.wheyprice.catalog.price;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * The one way prices enter history: an observation is appended (once per listing and instant)
 * and, in the same transaction, folded into the listing's daily roll-up, so charts never read
 * raw observations and never disagree with them.
 */
@ApplicationScoped
public class PriceObservations {

    /** One observed price. */
    public record Observation(UUID listingId, Instant observedAt, long priceMinor, Long listPriceMinor, String currency,
            Availability availability, String jobId) {
    }

    /** Appends the observation; returns whether it was new (an observation of the same instant already recorded is not). */
    public Uni<Boolean> record(SqlSession tx, Observation observation) {
        return tx.update("""
                INSERT INTO catalog_price_observation (listing_id, observed_at, price_minor, list_price_minor, currency, availability, job_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (listing_id, observed_at) DO NOTHING""",
                        observation.listingId(), observation.observedAt(), observation.priceMinor(), observation.listPriceMinor(),
                        observation.currency(), observation.availability(), observation.jobId())
                .chain(added -> added == 0 ? Uni.createFrom().item(false) : rollUp(tx, observation).replaceWith(true));
    }

    /**
     * The median of the listing's prices in {@code currency} observed in the {@code window} before
     * {@code before} (the mean of the two middle ones for an even count), or null when there were none.
     */
    public Uni<Long> medianBefore(SqlSession tx, UUID listingId, String currency, Instant before, Duration window) {
        return tx.list("""
                SELECT price_minor FROM catalog_price_observation
                 WHERE listing_id = $1 AND currency = $2 AND observed_at >= $3 AND observed_at < $4
                 ORDER BY price_minor""", row -> Rows.count(row, "price_minor"), listingId, currency, before.minus(window), before)
                .map(PriceReference::median);
    }

    private Uni<Integer> rollUp(SqlSession tx, Observation observation) {
        String day = observation.observedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return tx.update("""
                INSERT INTO catalog_price_daily (listing_id, day, currency, low, high, total, n, last_price, last_at)
                VALUES ($1, $2, $3, $4, $4, $4, 1, $4, $5)
                ON CONFLICT (listing_id, day, currency) DO UPDATE SET
                    low = CASE WHEN excluded.low < catalog_price_daily.low THEN excluded.low ELSE catalog_price_daily.low END,
                    high = CASE WHEN excluded.high > catalog_price_daily.high THEN excluded.high ELSE catalog_price_daily.high END,
                    total = catalog_price_daily.total + excluded.total,
                    n = catalog_price_daily.n + 1,
                    last_price = CASE WHEN excluded.last_at >= catalog_price_daily.last_at THEN excluded.last_price
                                      ELSE catalog_price_daily.last_price END,
                    last_at = CASE WHEN excluded.last_at >= catalog_price_daily.last_at THEN excluded.last_at
                                   ELSE catalog_price_daily.last_at END""",
                observation.listingId(), day, observation.currency(), observation.priceMinor(), observation.observedAt());
    }
}
