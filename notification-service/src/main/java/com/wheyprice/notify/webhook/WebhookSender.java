package com.wheyprice.notify.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.net.PublicTargets;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.DeliveryStatus;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notification.api.WebhookEvent;
import com.wheyprice.notify.alert.PriceAlertEmails;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.contact.Contacts;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.DeliveryRepository;
import com.wheyprice.notify.delivery.Outcome;
import com.wheyprice.notify.delivery.Recipients;
import com.wheyprice.notify.delivery.Sender;

import io.smallrye.mutiny.Uni;

/**
 * A fired price alert as a signed POST to one of the person's webhooks (PREMIUM and above). Sent
 * only while the webhook is on, the person still has an account of a tier with webhooks and still
 * wants price alerts there; the URL is checked against the public-address rule again before each
 * attempt. A 2xx answer is success; anything else, no answer in time, or a refused address is a
 * failure, retried like every delivery. After {@code NOTIFY_WEBHOOK_MAX_FAILURES} failures in a
 * row the webhook is turned off, and its owner gets an e-mail saying so (recorded in the same
 * transaction, so it is neither lost nor sent twice).
 */
@ApplicationScoped
public class WebhookSender implements Sender {

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final WebhookSigner signer;
    private final WebhookClient client;
    private final Contacts contacts;
    private final Recipients recipients;
    private final DeliveryRepository deliveries;
    private final Database database;
    private final ObjectMapper json;
    private final NotifyConfig config;
    private final Clock clock;

    WebhookSender(WebhookRepository webhooks, WebhookTargets targets, WebhookSigner signer, WebhookClient client, Contacts contacts,
            Recipients recipients, DeliveryRepository deliveries, Database database, ObjectMapper json, NotifyConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.signer = signer;
        this.client = client;
        this.contacts = contacts;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.database = database;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.PRICE_ALERT);
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Uni<Outcome> send(DeliveryJob delivery) {
        return Sender.reading(json, delivery, AlertFired.class, alert -> webhooks.find(delivery.endpointId()).chain(stored -> {
                if (stored == null || !stored.userId().equals(delivery.userId())) {
                    return Uni.createFrom().item(Outcome.skipped("the webhook was deleted"));
                }
                if (!stored.webhook().enabled()) {
                    return Uni.createFrom().item(Outcome.skipped("the webhook is turned off"));
                }
                return contacts.of(delivery.userId()).chain(contact -> {
                    if (contact.isEmpty()) {
                        return Uni.createFrom().item(Outcome.skipped("the person has no account any more"));
                    }
                    Tier tier = contact.get().tier();
                    if (tier.compareTo(Tier.PREMIUM) < 0) {
                        return Uni.createFrom().item(Outcome.skipped("webhooks are for PREMIUM accounts and above"));
                    }
                    return recipients.ifWanted(delivery, tier, ignored -> post(delivery, stored, alert));
                });
            }));
    }

    private Uni<Outcome> post(DeliveryJob delivery, WebhookRepository.Stored stored, AlertFired alert) {
        String body;
        try {
            body = json.writeValueAsString(event(alert));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(Outcome.failed("the payload cannot be written: " + e.getOriginalMessage()));
        }
        UUID webhookId = stored.webhook().id();
        return targets.resolve(URI.create(stored.webhook().url()))
                .chain(target -> signer.headers(webhookId, "msg_" + delivery.id(), clock.instant().getEpochSecond(), body)
                        .chain(headers -> client.post(target, headers, body)))
                .chain(status -> status >= 200 && status < 300 ? webhooks.succeeded(webhookId).replaceWith(Outcome.sent())
                        : failed(stored, "the receiver answered " + status))
                .onFailure().recoverWithUni(error -> failed(stored, error instanceof PublicTargets.Refused refused
                        ? "the URL is not allowed any more: " + refused.getMessage()
                        : "no answer: " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())));
    }

    /** Counts the failure; the one that reaches the limit turns the webhook off and records the owner's e-mail. */
    private Uni<Outcome> failed(WebhookRepository.Stored stored, String reason) {
        UUID webhookId = stored.webhook().id();
        Instant now = clock.instant();
        return database.inTransaction(tx -> webhooks.failed(tx, webhookId).chain(failures -> failures < config.webhook().maxFailures()
                        ? Uni.createFrom().voidItem()
                        : webhooks.disable(tx, webhookId, "turned off after " + failures + " failed deliveries in a row; the last: " + reason, now)
                                .chain(disabled -> !disabled ? Uni.createFrom().voidItem()
                                        : deliveries.record(tx, WebhookDisabledEmails.delivery(json, stored, failures, reason, now),
                                                DeliveryStatus.PENDING, null, now).replaceWithVoid())))
                .replaceWith(Outcome.failed(reason));
    }

    private WebhookEvent event(AlertFired alert) {
        AlertFired.Details details = alert.details();
        return new WebhookEvent(WebhookEvent.PRICE_ALERT, alert.at(), new WebhookEvent.PriceAlert(alert.alertId(), alert.variantId(),
                alert.listingId(), details == null ? null : details.product(), details == null ? null : details.brand(),
                details == null ? null : details.flavour(), details == null ? null : details.packSizeG(), details == null ? null : details.retailer(),
                alert.price(), alert.target(), details == null ? null : details.listPrice(), details == null ? null : details.pricePer100gProtein(),
                details == null ? null : details.lowest90Days(), details == null ? null : details.typicalPrice(),
                details == null ? null : details.listPriceInflated(), PriceAlertEmails.buyUrl(config.publicUrl(), alert.listingId())));
    }
}
