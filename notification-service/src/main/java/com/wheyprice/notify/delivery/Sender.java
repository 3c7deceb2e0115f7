package com.wheyprice.notify.delivery;

import java.util.Set;

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
}
