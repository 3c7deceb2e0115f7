package com.wheyprice.notify.delivery;

import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;

import io.smallrye.mutiny.Uni;

/** Sends one kind of message on one channel; each is a bean, found by {@link Senders}. */
public interface Sender {

    /** The kinds it sends (each kind and channel has one sender). */
    Set<Kind> kinds();

    Channel channel();

    /** One attempt: sent, skipped for good, or failed (to be retried). A failed {@link Uni} counts as failed. */
    Uni<Outcome> send(DeliveryJob delivery);

    /** {@code send} of the delivery's stored payload read as {@code type}; a payload that cannot be read is a failed attempt. */
    static <T> Uni<Outcome> reading(ObjectMapper json, DeliveryJob delivery, Class<T> type, Function<T, Uni<Outcome>> send) {
        T payload;
        try {
            payload = json.readValue(delivery.payload(), type);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(Outcome.failed("the stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage()));
        }
        return send.apply(payload);
    }
}
