package com.wheyprice.catalog.quarantine;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.QuarantinedPrice;
import com.wheyprice.catalog.api.QuarantinedPrice.Decider;
import com.wheyprice.catalog.api.QuarantinedPrice.Reason;
import com.wheyprice.catalog.api.QuarantinedPrice.Status;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.catalog.price.PriceObservations;
import com.wheyprice.catalog.price.PriceObservations.Observation;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.Money;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Keeps implausible scraped prices from becoming offers. At ingest, a priced result is judged
 * against the listing's median of the recent window ({@link OutlierRules}); one that fails is
 * held here instead of taken, so it is not the offer, fires no alert and raises no event, and
 * the listing is scraped again soon. The next scrape decides: a price that repeats the held one
 * confirms it (a real change), and it enters the history; a price in line with the history
 * rejects it (a glitch). An admin can decide first.
 */
@ApplicationScoped
public class PriceQuarantine {

    private static final Logger LOG = Logger.getLogger(PriceQuarantine.class);

    private static final String SELECT = """
            SELECT q.*, r.slug AS retailer, p.name AS product
              FROM catalog_price_quarantine q
              JOIN catalog_listing l ON l.id = q.listing_id
              JOIN catalog_retailer r ON r.id = l.retailer_id
              JOIN catalog_variant v ON v.id = l.variant_id
              JOIN catalog_product p ON p.id = v.product_id""";

    private final Database database;
    private final PriceObservations observations;
    private final CatalogConfig config;
    private final OutlierRules rules;
    private final MeterRegistry metrics;
    private final Clock clock;

    PriceQuarantine(Database database, PriceObservations observations, CatalogConfig config, MeterRegistry metrics, Clock clock) {
        this.database = database;
        this.observations = observations;
        this.config = config;
        this.rules = OutlierRules.of(config.quarantine());
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Every known retailer's {@code whey_price_quarantined_total} series at zero from the start
     * (after the schema is migrated and any demo catalog loaded), so that {@code increase()} and the
     * quarantine alert count the first held price, and dashboards see the series. A retailer added
     * later gets its series with its first held price.
     */
    void registerSeries(@Observes StartupEvent event) {
        database.list("SELECT slug FROM catalog_retailer", row -> row.getString("slug"))
                .subscribe().with(slugs -> slugs.forEach(slug -> Arrays.stream(Reason.values()).forEach(reason -> counter(slug, reason))),
                        failure -> LOG.warnf(failure, "could not start the price quarantine's metric series"));
    }

    private Counter counter(String retailer, Reason reason) {
        return metrics.counter("whey_price_quarantined_total", "retailer", retailer, "reason", reason.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A priced scrape result about to be taken, with its listing's retailer and its current offer
     * ({@code offerMinor}, {@code offerCurrency}; null without one).
     */
    public record Candidate(Observation observation, String retailer, String retailerCurrency, Long offerMinor, String offerCurrency) {

        /** Whether the result repeats the listing's current offer, as it does after a confirmed change of price. */
        boolean repeatsOffer(OutlierRules rules) {
            return offerMinor != null && observation.currency().equals(offerCurrency) && rules.consistent(observation.priceMinor(), offerMinor);
        }
    }

    /**
     * Screens a fresh priced result inside the ingest transaction: true when it may be taken,
     * false when it is held back. A price that repeats the current offer is in line, even while
     * the recent median still lags behind a confirmed change. A held-back price that this one
     * repeats is confirmed first, and its observation recorded; held-back prices that this one,
     * in line with the history, contradicts are rejected.
     */
    public Uni<Boolean> admits(SqlSession tx, Candidate candidate) {
        Observation observation = candidate.observation();
        if (candidate.repeatsOffer(rules)) {
            // most scrapes: the offer's own price again, in line without reading the median
            return pending(tx, observation.listingId()).chain(held -> decideAll(tx, held, Status.REJECTED)).replaceWith(true);
        }
        return observations.medianBefore(tx, observation.listingId(), observation.currency(), observation.observedAt(), config.quarantine().window())
                .chain(median -> pending(tx, observation.listingId()).chain(held -> {
                    Optional<Reason> reason = rules.judge(observation.priceMinor(), observation.currency(), candidate.retailerCurrency(), median,
                            observation.currency().equals(candidate.offerCurrency()) ? candidate.offerMinor() : null);
                    if (reason.isEmpty()) {
                        return decideAll(tx, held, Status.REJECTED).replaceWith(true);
                    }
                    Optional<QuarantinedPrice> repeated = held.stream().filter(price -> price.price().currency().equals(observation.currency())
                            && rules.consistent(observation.priceMinor(), price.price().amountMinor())).findFirst();
                    if (repeated.isPresent()) {
                        return decide(tx, repeated.get().id(), Status.CONFIRMED, Decider.SCRAPE)
                                .chain(() -> observations.record(tx, observationOf(repeated.get())))
                                .replaceWith(true);
                    }
                    return hold(tx, candidate, reason.get(), median).replaceWith(false);
                }));
    }

    /** The held-back price {@code id}, locked for a decision; null when there is none. */
    public Uni<QuarantinedPrice> lock(SqlSession tx, UUID id) {
        return tx.first("SELECT id FROM catalog_price_quarantine WHERE id = $1" + tx.dialect().forUpdate(), row -> true, id)
                .chain(found -> found == null ? Uni.createFrom().nullItem() : tx.first(SELECT + " WHERE q.id = $1", PriceQuarantine::quarantined, id));
    }

    /** Marks the held-back price decided, by whom. */
    public Uni<Void> decide(SqlSession tx, UUID id, Status status, Decider via) {
        return tx.update("UPDATE catalog_price_quarantine SET status = $2, decided_via = $3, decided_at = $4 WHERE id = $1",
                id, status, via, clock.instant()).replaceWithVoid();
    }

    /** A page of held-back prices in one status, oldest first. */
    public Uni<List<QuarantinedPrice>> list(SqlSession sql, Status status, Cursor after, int limit) {
        Conditions where = new Conditions().and("q.status = ?", status);
        if (after != null) {
            where.and("(q.created_at > ? OR (q.created_at = ? AND q.id > ?))", after.at(), after.at(), after.id());
        }
        return sql.list(SELECT + where.where() + " ORDER BY q.created_at, q.id LIMIT " + where.next(), PriceQuarantine::quarantined,
                where.params(limit));
    }

    /** The held-back price as the observation it would be, had it been taken. */
    private static Observation observationOf(QuarantinedPrice price) {
        return new Observation(price.listingId(), price.observedAt(), price.price().amountMinor(),
                price.listPrice() == null ? null : price.listPrice().amountMinor(), price.price().currency(), price.availability(), price.jobId());
    }

    private Uni<List<QuarantinedPrice>> pending(SqlSession tx, UUID listingId) {
        return tx.list(SELECT + " WHERE q.listing_id = $1 AND q.status = 'PENDING' ORDER BY q.observed_at DESC", PriceQuarantine::quarantined,
                listingId);
    }

    private Uni<Void> decideAll(SqlSession tx, List<QuarantinedPrice> held, Status status) {
        return Multi.createFrom().iterable(held).onItem().transformToUniAndConcatenate(price -> decide(tx, price.id(), status, Decider.SCRAPE))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> hold(SqlSession tx, Candidate candidate, Reason reason, Long median) {
        Observation observation = candidate.observation();
        counter(candidate.retailer(), reason).increment();
        return tx.update("""
                INSERT INTO catalog_price_quarantine (id, listing_id, job_id, observed_at, price_minor, list_price_minor, currency, availability,
                                                      reason, reference_minor, status, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'PENDING', $11)""", UUID.randomUUID(), observation.listingId(),
                observation.jobId(), observation.observedAt(), observation.priceMinor(), observation.listPriceMinor(), observation.currency(),
                observation.availability(), reason, median, clock.instant()).replaceWithVoid();
    }

    private static QuarantinedPrice quarantined(Row row) {
        String currency = row.getString("currency");
        Long list = Rows.longValue(row, "list_price_minor");
        Long reference = Rows.longValue(row, "reference_minor");
        String via = row.getString("decided_via");
        return new QuarantinedPrice(Rows.uuid(row, "id"), Rows.uuid(row, "listing_id"), row.getString("retailer"), row.getString("product"),
                row.getString("job_id"), Rows.instant(row, "observed_at"), new Money(Rows.count(row, "price_minor"), currency),
                list == null ? null : new Money(list, currency), Availability.valueOf(row.getString("availability")),
                Reason.valueOf(row.getString("reason")), reference == null ? null : new Money(reference, currency),
                Status.valueOf(row.getString("status")), via == null ? null : Decider.valueOf(via), Rows.instant(row, "decided_at"),
                Rows.instant(row, "created_at"));
    }
}
