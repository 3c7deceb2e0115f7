package com.wheyprice.notify.event;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.event.EventSource;
import com.wheyprice.notification.api.DeliveryStatus;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.DeliveryRepository;
import com.wheyprice.notify.webhook.WebhookRepository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * catalog-service's news for people: fired alerts ({@link CatalogStreams#ALERTS}) and decisions on
 * their product suggestions ({@link CatalogStreams#DISCOVERIES}), one e-mail delivery each, and a
 * fired alert one delivery more per webhook its owner has on. An alert older than
 * {@code NOTIFY_ALERT_MAX_AGE} when read is recorded as skipped: its price is stale.
 */
@ApplicationScoped
class CatalogEvents implements EventSource {

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final Database database;
    private final ObjectMapper json;
    private final NotifyConfig config;

    CatalogEvents(DeliveryRepository deliveries, WebhookRepository webhooks, Database database, ObjectMapper json, NotifyConfig config) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.database = database;
        this.json = json;
        this.config = config;
    }

    @Override
    public String namespace() {
        return "catalog";
    }

    @Override
    public List<String> streams() {
        return List.of(CatalogStreams.ALERTS, CatalogStreams.DISCOVERIES);
    }

    @Override
    public String field() {
        return CatalogStreams.FIELD;
    }

    @Override
    public Uni<String> record(String event, Instant now) {
        return EventSource.reading(json, event, CatalogEvent.class, "a catalog event", read -> {
            if (read instanceof AlertFired alert) {
                return fired(alert, event, now).replaceWith((String) null);
            }
            if (read instanceof DiscoveryDecided decided) {
                return deliveries.record(DeliveryJob.email(decided.id(), Kind.DISCOVERY_DECISION, decided.userId(), decided.discoveryId().toString(),
                        event, now), DeliveryStatus.PENDING, null, now).replaceWith((String) null);
            }
            return Uni.createFrom().item(read.getClass().getSimpleName() + " is no news for people");
        });
    }

    /** The alert's e-mail, and a POST to each webhook its owner has on; all skipped when the alert is stale. */
    private Uni<Void> fired(AlertFired alert, String event, Instant now) {
        boolean stale = alert.at().plus(config.alertMaxAge()).isBefore(now);
        DeliveryStatus status = stale ? DeliveryStatus.SKIPPED : DeliveryStatus.PENDING;
        String reason = stale ? "fired " + alert.at() + ", older than " + config.alertMaxAge() + " when read: its price is stale" : null;
        String topic = alert.variantId().toString();
        return deliveries.record(DeliveryJob.email(alert.id(), Kind.PRICE_ALERT, alert.userId(), topic, event, now), status, reason, now)
                .chain(() -> webhooks.enabledOf(database, alert.userId()))
                .chain(endpoints -> Multi.createFrom().iterable(endpoints)
                        .onItem().transformToUniAndConcatenate(endpoint -> deliveries.record(
                                DeliveryJob.webhook(alert.id(), Kind.PRICE_ALERT, alert.userId(), endpoint, topic, event, now), status, reason, now))
                        .collect().last())
                .replaceWithVoid();
    }
}
