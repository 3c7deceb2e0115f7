package com.wheyprice.notify.delivery;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;

/**
 * One message to one person on one channel about one event.
 *
 * @param key      {@code <event id>:<channel>:<person>} ({@code webhook-<id>} for the channel of a webhook delivery), unique: the same
 *                 event read twice makes no second delivery
 * @param topic    what the message is about within its kind (a price alert's variant), for per-topic limits
 * @param payload  the event as JSON, so a delivery can be sent, retried or replayed without the stream
 * @param attempts attempts made so far, this one included once claimed
 * @param endpointId the webhook a {@link Channel#WEBHOOK} delivery goes to
 */
public record DeliveryJob(UUID id, String key, UUID eventId, Kind kind, Channel channel, UUID userId, String topic, String payload, int attempts,
        Instant createdAt, UUID endpointId) {

    /** The e-mail an event makes for one person, not yet attempted. */
    public static DeliveryJob email(UUID eventId, Kind kind, UUID userId, String topic, String payload, Instant now) {
        return new DeliveryJob(UUID.randomUUID(), key(eventId, Channel.EMAIL, userId), eventId, kind, Channel.EMAIL, userId, topic, payload, 0, now,
                null);
    }

    /** The POST an event makes to one of the person's webhooks, not yet attempted. */
    public static DeliveryJob webhook(UUID eventId, Kind kind, UUID userId, UUID endpointId, String topic, String payload, Instant now) {
        return new DeliveryJob(UUID.randomUUID(), key(eventId, "webhook-" + endpointId, userId), eventId, kind, Channel.WEBHOOK, userId, topic,
                payload, 0, now, endpointId);
    }

    public static String key(UUID eventId, Channel channel, UUID userId) {
        return key(eventId, channel.name().toLowerCase(Locale.ROOT), userId);
    }

    private static String key(UUID eventId, String route, UUID userId) {
        return eventId + ":" + route + ":" + userId;
    }
}
