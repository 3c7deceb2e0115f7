package com.wheyprice.notify.privacy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.notification.api.NotificationPersonalData;
import com.wheyprice.notify.delivery.DeliveryRepository;
import com.wheyprice.notify.preference.Preferences;
import com.wheyprice.notify.webhook.WebhookRepository;

import io.smallrye.mutiny.Uni;

/** Everything this service holds about one person, as their data export shows it: the rows {@link NotificationErasures} deletes. */
@ApplicationScoped
public class NotificationPersonalDataReader {

    private final Preferences preferences;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;

    NotificationPersonalDataReader(Preferences preferences, WebhookRepository webhooks, DeliveryRepository deliveries) {
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    public Uni<NotificationPersonalData> of(UUID subject) {
        return preferences.chosenBy(subject)
                .chain(chosen -> webhooks.of(subject)
                        .chain(own -> deliveries.ofUser(subject).map(made -> new NotificationPersonalData(chosen, own, made))));
    }
}
