package com.wheyprice.notify.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.ClickSource;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.contact.Contacts;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.DeliveryRepository;
import com.wheyprice.notify.delivery.Outcome;
import com.wheyprice.notify.delivery.Sender;
import com.wheyprice.notify.email.Mailer;
import com.wheyprice.notify.email.PriceAlertMessage;
import com.wheyprice.notify.preference.Preferences;
import com.wheyprice.notify.preference.UnsubscribeTokens;

import io.smallrye.mutiny.Uni;

/**
 * A fired price alert, told its owner by e-mail. At send time it asks auth-service where the
 * owner is (none: erased, skipped), checks they still want price alert e-mails, and holds the
 * USER tier to one e-mail per variant per day (PREMIUM hears of every crossing at once). The
 * message carries a buy link through the platform, tagged as coming from an alert, and a
 * one-click unsubscribe link.
 */
@ApplicationScoped
public class PriceAlertEmails implements Sender {

    /** The USER tier's limit: one price alert e-mail per variant in this window. */
    static final Duration USER_WINDOW = Duration.ofDays(1);

    private final Contacts contacts;
    private final Preferences preferences;
    private final DeliveryRepository deliveries;
    private final UnsubscribeTokens unsubscribes;
    private final Mailer mailer;
    private final ObjectMapper json;
    private final NotifyConfig config;
    private final Clock clock;

    PriceAlertEmails(Contacts contacts, Preferences preferences, DeliveryRepository deliveries, UnsubscribeTokens unsubscribes, Mailer mailer,
            ObjectMapper json, NotifyConfig config, Clock clock) {
        this.contacts = contacts;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.unsubscribes = unsubscribes;
        this.mailer = mailer;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Kind kind() {
        return Kind.PRICE_ALERT;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Outcome> send(DeliveryJob delivery) {
        AlertFired alert;
        try {
            alert = json.readValue(delivery.payload(), AlertFired.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(Outcome.failed("the stored event cannot be read: " + e.getOriginalMessage()));
        }
        return preferences.wants(delivery.userId(), Channel.EMAIL, Kind.PRICE_ALERT).chain(wanted -> !wanted
                ? Uni.createFrom().item(Outcome.skipped("the person turned price alert e-mails off"))
                : contacts.of(delivery.userId()).chain(contact -> send(delivery, alert, contact)));
    }

    private Uni<Outcome> send(DeliveryJob delivery, AlertFired alert, Optional<Contact> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(Outcome.skipped("the person has no account any more"));
        }
        Contact contact = found.get();
        Uni<Boolean> overLimit = contact.tier().includes(Tier.PREMIUM) ? Uni.createFrom().item(false)
                : deliveries.sentSince(delivery.userId(), Kind.PRICE_ALERT, delivery.topic(), clock.instant().minus(USER_WINDOW));
        return overLimit.chain(limited -> limited
                ? Uni.createFrom().item(Outcome.skipped("the USER tier gets one price alert e-mail per variant per day"))
                : unsubscribes.issue(new UnsubscribeTokens.Subject(delivery.userId(), Channel.EMAIL, Kind.PRICE_ALERT))
                        .map(token -> PriceAlertMessage.of(alert, contact.displayName(),
                                config.publicUrl() + "/api/v1/go/" + alert.listingId() + "?source=" + ClickSource.ALERT,
                                config.publicUrl() + "/api/v1/notifications/unsubscribe?token=" + token))
                        .chain(message -> mailer.sendPriceAlert(delivery.id(), contact.email(), message))
                        .replaceWith(Outcome.sent()));
    }
}
