package com.wheyprice.notify.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.ClickSource;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.DeliveryRepository;
import com.wheyprice.notify.delivery.Outcome;
import com.wheyprice.notify.delivery.Recipients;
import com.wheyprice.notify.delivery.Sender;
import com.wheyprice.notify.email.Mailer;
import com.wheyprice.notify.email.PriceAlertMessage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A fired price alert, told its owner by e-mail. At send time the owner must still want price
 * alert e-mails and have an account ({@link Recipients}), and the USER tier is held to one
 * e-mail per variant per day (PREMIUM hears of every crossing at once). The
 * message carries a buy link through the platform, tagged as coming from an alert, and a
 * one-click unsubscribe link.
 */
@ApplicationScoped
public class PriceAlertEmails implements Sender {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance priceAlert(PriceAlertMessage message);

        static native TemplateInstance priceAlertText(PriceAlertMessage message);
    }

    /** The USER tier's limit: one price alert e-mail per variant in this window. */
    static final Duration USER_WINDOW = Duration.ofDays(1);

    private final Recipients recipients;
    private final DeliveryRepository deliveries;
    private final Mailer mailer;
    private final ObjectMapper json;
    private final NotifyConfig config;
    private final Clock clock;

    PriceAlertEmails(Recipients recipients, DeliveryRepository deliveries, Mailer mailer, ObjectMapper json, NotifyConfig config, Clock clock) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.mailer = mailer;
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
        return Channel.EMAIL;
    }

    @Override
    public Uni<Outcome> send(DeliveryJob delivery) {
        return Sender.reading(json, delivery, AlertFired.class, alert -> recipients.whenWanted(delivery, recipient -> overLimit(delivery,
                recipient.contact()).chain(limited -> limited
                        ? Uni.createFrom().item(Outcome.skipped("the USER tier gets one price alert e-mail per variant per day"))
                        : send(delivery, recipient, PriceAlertMessage.of(alert, recipient.contact().displayName(),
                                buyUrl(config.publicUrl(), alert.listingId()), recipient.unsubscribeUrl())))));
    }

    private Uni<Outcome> send(DeliveryJob delivery, Recipients.Recipient recipient, PriceAlertMessage message) {
        return mailer.send(delivery.id(), recipient.contact().email(), message.subject(), Templates.priceAlertText(message),
                Templates.priceAlert(message), message.unsubscribeUrl()).replaceWith(Outcome.sent());
    }

    /** Whether the person's tier has had its price alert e-mail about this variant in the window already. */
    private Uni<Boolean> overLimit(DeliveryJob delivery, Contact contact) {
        return contact.tier().includes(Tier.PREMIUM) ? Uni.createFrom().item(false)
                : deliveries.sentSince(delivery.userId(), Kind.PRICE_ALERT, delivery.topic(), clock.instant().minus(USER_WINDOW));
    }

    /** The buy link of an alert's offer: through the platform, so the click counts, tagged as coming from an alert. */
    public static String buyUrl(String publicUrl, UUID listingId) {
        return publicUrl + "/api/v1/go/" + listingId + "?source=" + ClickSource.ALERT;
    }
}
