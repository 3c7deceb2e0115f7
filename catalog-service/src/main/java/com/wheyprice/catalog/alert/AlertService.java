package com.wheyprice.catalog.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.Alert;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.platform.api.Money;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Price alerts: shoppers set a target per variant (USER up to 5, PREMIUM up to 100, configurable);
 * when a variant's best live price reaches a target the alert fires once, records the crossing
 * and raises an {@code alert-fired} event carrying the offer's details for the message, and it
 * arms again once the price rises back above.
 */
@ApplicationScoped
public class AlertService {

    private final Database database;
    private final AlertRepository alerts;
    private final FiredOfferDetails offers;
    private final Outbox outbox;
    private final CatalogConfig config;
    private final Clock clock;

    AlertService(Database database, AlertRepository alerts, FiredOfferDetails offers, Outbox outbox, CatalogConfig config, Clock clock) {
        this.database = database;
        this.alerts = alerts;
        this.offers = offers;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public Uni<List<Alert>> list(UUID userId) {
        return alerts.ofUser(database, userId);
    }

    public Uni<UUID> create(UUID userId, Tier tier, UUID variantId, Money target) {
        int limit = tier.includes(Tier.PREMIUM) ? config.alertLimitPremium() : config.alertLimitUser();
        UUID id = UUID.randomUUID();
        return database.inTransaction(tx -> tx.first("SELECT id FROM catalog_variant WHERE id = $1", row -> true, variantId)
                .chain(exists -> {
                    if (exists == null) {
                        throw ProblemException.invalidField("variantId", "no such variant");
                    }
                    return alerts.takeQuota(tx, userId, limit);
                })
                .chain(allowed -> {
                    if (!allowed) {
                        throw new ProblemException(ProblemType.CONFLICT, "you have " + limit + " price alerts, the most your tier (" + tier
                                + ") allows; delete one first" + (tier.includes(Tier.PREMIUM) ? "" : ", or upgrade to PREMIUM for up to "
                                        + config.alertLimitPremium()));
                    }
                    return alerts.insert(tx, id, userId, variantId, target, clock.instant());
                })).replaceWith(id);
    }

    public Uni<Boolean> delete(UUID userId, UUID alertId) {
        return database.inTransaction(tx -> alerts.delete(tx, userId, alertId));
    }

    /**
     * After a listing's offer was read: fires the alerts the variant's best live price in this
     * currency has reached, and arms again those it has risen above. Runs in the ingest transaction.
     */
    public Uni<Void> onOfferChanged(SqlSession tx, UUID variantId, String currency) {
        return tx.first("""
                SELECT l.id, l.price_minor FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.variant_id = $1 AND l.currency = $2 AND l.active = TRUE AND r.active = TRUE AND l.price_minor IS NOT NULL
                   AND l.availability <> 'OUT_OF_STOCK'
                 ORDER BY l.price_minor, l.id LIMIT 1""", row -> row, variantId, currency)
                .chain(best -> {
                    if (best == null) {
                        return Uni.createFrom().voidItem();
                    }
                    long price = Rows.count(best, "price_minor");
                    UUID listingId = Rows.uuid(best, "id");
                    Instant now = clock.instant();
                    return alerts.fire(tx, variantId, currency, price, now)
                            .chain(fired -> fired.isEmpty() ? Uni.createFrom().voidItem() : offers.of(tx, listingId, price, currency, now)
                                    .chain(details -> Multi.createFrom().iterable(fired)
                                            .onItem().transformToUniAndConcatenate(firing -> alerts.recordFiring(tx, firing.alertId(), listingId,
                                                            price, currency, now)
                                                    .chain(() -> outbox.add(tx, CatalogStreams.ALERTS, (eventId, at) -> AlertFired.of(eventId,
                                                            at, firing.alertId(), firing.userId(), variantId, listingId, new Money(price, currency),
                                                            new Money(firing.targetMinor(), currency), details))))
                                            .collect().asList().replaceWithVoid()))
                            .chain(() -> alerts.rearm(tx, variantId, currency, price))
                            .replaceWithVoid();
                });
    }
}
