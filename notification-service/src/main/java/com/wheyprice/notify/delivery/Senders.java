package com.wheyprice.notify.delivery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;

/** Every {@link Sender}, by the kind and channel it sends. */
@ApplicationScoped
public class Senders {

    private record Route(Kind kind, Channel channel) {
    }

    private final Map<Route, Sender> senders;

    Senders(@All List<Sender> senders) {
        this.senders = senders.stream()
                .flatMap(sender -> sender.kinds().stream().map(kind -> Map.entry(new Route(kind, sender.channel()), sender)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Uni<Outcome> send(DeliveryJob delivery) {
        Sender sender = senders.get(new Route(delivery.kind(), delivery.channel()));
        return sender == null ? Uni.createFrom().item(Outcome.failed("no sender of " + delivery.kind() + " by " + delivery.channel()))
                : sender.send(delivery);
    }
}
