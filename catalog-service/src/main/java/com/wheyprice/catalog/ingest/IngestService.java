package com.wheyprice.catalog.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.alert.AlertService;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.Offer;
import com.wheyprice.catalog.api.event.OfferChanged;
import com.wheyprice.catalog.api.event.PriceDropped;
import com.wheyprice.catalog.api.scraping.ScrapeResults;
import com.wheyprice.catalog.api.scraping.ScrapeResults.Outcome;
import com.wheyprice.catalog.api.scraping.ScrapeResults.Result;
import com.wheyprice.catalog.api.scraping.ScrapeResults.ResultStatus;
import com.wheyprice.catalog.api.scraping.ScrapeResults.Status;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.catalog.price.PriceObservations;
import com.wheyprice.catalog.price.PriceReferences;
import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.catalog.quarantine.PriceQuarantine;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.platform.api.Money;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Takes the scraper's results into the catalog, the only writer of price history. A batch is one
 * transaction; each result is taken once per job id (a replayed batch changes nothing). A result
 * appends an observation, unless its price is implausible and held back ({@link PriceQuarantine});
 * moves the listing's current offer forward (never back to older data) with what its discount is
 * judged against ({@link PriceReferences}); keeps the last good price when a scrape failed;
 * schedules the next scrape; writes events for offer changes and price drops (against the
 * previous price and the recent median) to the outbox; and re-ranks the best offers of the
 * products whose offers moved.
 */
@ApplicationScoped
public class IngestService {

    private final Database database;
    private final Outbox outbox;
    private final AlertService alerts;
    private final PriceObservations observations;
    private final OutboxRelay relay;
    private final ProductReadModels readModels;
    private final PriceQuarantine quarantine;
    private final PriceReferences references;
    private final CatalogConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;

    IngestService(Database database, Outbox outbox, AlertService alerts, PriceObservations observations, OutboxRelay relay,
            ProductReadModels readModels, PriceQuarantine quarantine, PriceReferences references, CatalogConfig config, MeterRegistry metrics, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.alerts = alerts;
        this.observations = observations;
        this.relay = relay;
        this.readModels = readModels;
        this.quarantine = quarantine;
        this.references = references;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        // At zero from the start, so dashboards and rate() see the series before the first event.
        metrics.counter("whey_price_observations_total");
        metrics.counter("whey_catalog_price_drops_total");
    }

    public Uni<ScrapeResults.Report> ingest(ScrapeResults.Batch batch) {
        batch.results().forEach(this::validate);
        return database.inTransaction(tx -> Multi.createFrom().iterable(batch.results())
                        .onItem().transformToUniAndConcatenate(result -> ingest(tx, result))
                        .collect().asList()
                        .call(ingested -> readModels.refreshOffers(tx,
                                ingested.stream().map(Ingested::repricedProduct).filter(Objects::nonNull).toList())))
                .call(() -> relay.relay().onFailure().recoverWithNull())
                .map(IngestService::report);
    }

    /** What taking one result did: its status, and the product whose offers it moved, if any. */
    private record Ingested(ResultStatus status, UUID repricedProduct) {
    }

    private void validate(Result result) {
        if (result.outcome() == Outcome.OK && result.price() == null && result.availability() != Availability.OUT_OF_STOCK) {
            throw ProblemException.invalidField("results.price", "is required when the outcome is OK, unless the page is out of stock");
        }
        if (result.price() != null && result.listPrice() != null && !result.price().currency().equals(result.listPrice().currency())) {
            throw ProblemException.invalidField("results.listPrice", "must be in the currency of the price");
        }
        if (result.observedAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw ProblemException.invalidField("results.observedAt", "must not be in the future");
        }
    }

    private Uni<Ingested> ingest(SqlSession tx, Result result) {
        return lockListing(tx, result.listingId())
                .chain(listing -> listing == null
                        ? Uni.createFrom().item(new Ingested(new ResultStatus(result.jobId(), Status.UNKNOWN_LISTING), null))
                        : tx.first("""
                                INSERT INTO catalog_ingested_job (job_id, listing_id, outcome, ingested_at) VALUES ($1, $2, $3, $4)
                                ON CONFLICT (job_id) DO NOTHING RETURNING job_id""", row -> row.getString("job_id"),
                                result.jobId(), result.listingId(), result.outcome(), clock.instant())
                                .chain(fresh -> fresh == null
                                        ? Uni.createFrom().item(new Ingested(new ResultStatus(result.jobId(), Status.DUPLICATE), null))
                                        : apply(tx, listing, result).map(repriced -> new Ingested(
                                                new ResultStatus(result.jobId(), Status.INGESTED), repriced))));
    }

    /** The listing a result is for, locked for the transaction, with what taking a result needs of it; null when there is none. */
    private static Uni<Row> lockListing(SqlSession tx, UUID listingId) {
        return tx.first("""
                SELECT l.id, l.variant_id, l.price_minor, l.currency, l.availability, l.observed_at, r.scrape_interval_hours, v.product_id,
                       r.slug AS retailer, r.currency AS retailer_currency
                  FROM catalog_listing l
                  JOIN catalog_retailer r ON r.id = l.retailer_id
                  JOIN catalog_variant v ON v.id = l.variant_id
                 WHERE l.id = $1""" + tx.dialect().forUpdate(), row -> row, listingId);
    }

    /**
     * Takes a price that was held back and has now been confirmed by an admin, as the result it
     * came in with, in the caller's transaction: it enters the history and, when it is the newest,
     * becomes the offer with its events and alerts. Answers the product whose offers moved, or null.
     */
    public Uni<UUID> takeConfirmed(SqlSession tx, Result result) {
        return lockListing(tx, result.listingId()).chain(listing -> take(tx, listing, result, nextScrape(listing, result)));
    }

    /**
     * Applies a fresh result; answers the listing's product when the listing's current offer moved,
     * else null. A price far outside the listing's recent ones is held back ({@link PriceQuarantine})
     * and the listing is scraped again soon.
     */
    private Uni<UUID> apply(SqlSession tx, Row listing, Result result) {
        Instant next = nextScrape(listing, result);
        if (result.outcome() != Outcome.OK) {
            metrics.counter("whey_catalog_scrape_results_total", "outcome", result.outcome().name().toLowerCase()).increment();
            return tx.update("""
                    UPDATE catalog_listing SET last_scrape_at = $2, last_scrape_status = $3, last_scrape_error = $4, next_scrape_at = $5
                     WHERE id = $1""", result.listingId(), result.observedAt(), result.outcome(), result.error(), next).map(updated -> (UUID) null);
        }
        metrics.counter("whey_catalog_scrape_results_total", "outcome", "ok").increment();
        if (result.price() == null) {
            return take(tx, listing, result, next);
        }
        return quarantine.admits(tx, new PriceQuarantine.Candidate(observation(result), listing.getString("retailer"),
                        listing.getString("retailer_currency"), Rows.longValue(listing, "price_minor"), listing.getString("currency")))
                .chain(admitted -> admitted ? take(tx, listing, result, next) : holdBack(tx, result));
    }

    /** A held-back price leaves the offer as it was; the listing is scraped again soon, to confirm or clear it. */
    private Uni<UUID> holdBack(SqlSession tx, Result result) {
        return tx.update("""
                UPDATE catalog_listing SET last_scrape_at = $2, last_scrape_status = 'QUARANTINED', last_scrape_error = $3, next_scrape_at = $4
                 WHERE id = $1""", result.listingId(), result.observedAt(), "price held back until confirmed: " + result.price().amountMinor() + " "
                        + result.price().currency(), clock.instant().plus(config.quarantine().recheck()))
                .map(updated -> (UUID) null);
    }

    private static PriceObservations.Observation observation(Result result) {
        return new PriceObservations.Observation(result.listingId(), result.observedAt(), result.price().amountMinor(),
                result.listPrice() == null ? null : result.listPrice().amountMinor(), result.price().currency(),
                result.availability() == null ? Availability.UNKNOWN : result.availability(), result.jobId());
    }

    /** Takes a result whose price (if any) may be taken: its observation, and the offer when it is the newest. */
    private Uni<UUID> take(SqlSession tx, Row listing, Result result, Instant next) {
        Instant previousAt = Rows.instant(listing, "observed_at");
        boolean newest = previousAt == null || !result.observedAt().isBefore(previousAt);
        Availability availability = result.availability() == null ? Availability.UNKNOWN : result.availability();
        Uni<Void> observation = result.price() == null ? Uni.createFrom().voidItem() : observations.record(tx, observation(result))
                .invoke(added -> {
                    if (added) {
                        metrics.counter("whey_price_observations_total").increment();
                    }
                })
                .replaceWithVoid();
        if (!newest) {
            return observation.map(recorded -> (UUID) null);
        }
        boolean keepPrice = result.price() == null;
        return observation
                .chain(() -> tx.update("""
                        UPDATE catalog_listing
                           SET price_minor = CASE WHEN $2 THEN price_minor ELSE $3 END,
                               list_price_minor = CASE WHEN $2 THEN list_price_minor ELSE $4 END,
                               currency = CASE WHEN $2 THEN currency ELSE $5 END,
                               availability = $6, observed_at = $7, last_scrape_at = $7, last_scrape_status = 'OK',
                               last_scrape_error = NULL, next_scrape_at = $8, updated_at = $9
                         WHERE id = $1""", result.listingId(), keepPrice,
                        keepPrice ? null : result.price().amountMinor(),
                        keepPrice || result.listPrice() == null ? null : result.listPrice().amountMinor(),
                        keepPrice ? null : result.price().currency(), availability, result.observedAt(), next, clock.instant()))
                .chain(() -> keepPrice ? Uni.createFrom().voidItem() : references.refresh(tx, result.listingId()))
                .chain(() -> events(tx, listing, result, availability))
                .chain(() -> result.price() == null ? Uni.createFrom().voidItem()
                        : alerts.onOfferChanged(tx, Rows.uuid(listing, "variant_id"), result.price().currency()))
                .replaceWith(Rows.uuid(listing, "product_id"));
    }

    private Uni<Void> events(SqlSession tx, Row listing, Result result, Availability availability) {
        Long oldPrice = Rows.longValue(listing, "price_minor");
        String oldCurrency = listing.getString("currency");
        Long newPrice = result.price() == null ? oldPrice : Long.valueOf(result.price().amountMinor());
        boolean changed = !Objects.equals(oldPrice, newPrice) || !availability.name().equals(listing.getString("availability"));
        if (!changed) {
            return Uni.createFrom().voidItem();
        }
        Offer offer = new Offer(result.listingId(), Rows.uuid(listing, "variant_id"), Rows.uuid(listing, "product_id"), availability,
                result.observedAt(), result.price(), oldPrice == null ? null : new Money(oldPrice, oldCurrency));
        Uni<Void> change = outbox.add(tx, CatalogStreams.CHANGES, (id, at) -> OfferChanged.of(id, at, offer));
        if (result.price() == null || oldPrice == null || !result.price().currency().equals(oldCurrency)
                || !fellEnough(result.price().amountMinor(), oldPrice)) {
            return change;
        }
        return change.chain(() -> observations.medianBefore(tx, result.listingId(), oldCurrency, result.observedAt(), config.priceDropWindow()))
                .chain(median -> {
                    if (median != null && !fellEnough(result.price().amountMinor(), median)) {
                        return Uni.createFrom().voidItem();
                    }
                    metrics.counter("whey_catalog_price_drops_total").increment();
                    return outbox.add(tx, CatalogStreams.PRICE_DROPS, (id, at) -> PriceDropped.of(id, at, offer));
                });
    }

    /**
     * Whether {@code price} is at least {@code CATALOG_PRICE_DROP_PERCENT} below {@code reference}.
     * A drop must be so against the previous price and against the listing's median of the
     * {@code CATALOG_PRICE_DROP_WINDOW} before: a price back to normal after a spike is no drop.
     */
    private boolean fellEnough(long price, long reference) {
        return price * 100 <= reference * (100L - config.priceDropPercent());
    }

    /** After a read, the retailer's interval (or the default) plus jitter; after a failure, the retry delay. */
    private Instant nextScrape(Row listing, Result result) {
        if (result.outcome() == Outcome.FAILED || result.outcome() == Outcome.BLOCKED) {
            return clock.instant().plus(config.failedScrapeRetry());
        }
        Long hours = Rows.longValue(listing, "scrape_interval_hours");
        long jitterSeconds = ThreadLocalRandom.current().nextLong(Math.max(1, config.scrapeJitter().toSeconds()));
        return clock.instant().plus(Duration.ofHours(hours == null ? config.defaultScrapeIntervalHours() : hours)).plusSeconds(jitterSeconds);
    }

    private static ScrapeResults.Report report(List<Ingested> ingested) {
        List<ResultStatus> all = new ArrayList<>(ingested.stream().map(Ingested::status).toList());
        return new ScrapeResults.Report(count(all, Status.INGESTED), count(all, Status.DUPLICATE), count(all, Status.UNKNOWN_LISTING), all);
    }

    private static int count(List<ResultStatus> statuses, Status status) {
        return (int) statuses.stream().filter(result -> result.status() == status).count();
    }
}
