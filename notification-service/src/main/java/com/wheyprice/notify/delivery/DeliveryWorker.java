package com.wheyprice.notify.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends what is due. Every tick it claims a batch of due deliveries for a lease and hands each to
 * its sender ({@link Senders}); the outcome is recorded on the delivery. A failure is tried again
 * after an exponentially growing wait ({@code NOTIFY_DELIVERY_FIRST_RETRY}, doubling up to
 * {@code NOTIFY_DELIVERY_MAX_RETRY}); after {@code NOTIFY_DELIVERY_MAX_ATTEMPTS} the delivery is
 * dead-lettered for an admin to read and replay. Counted in
 * {@code whey_notifications_total{channel,kind,outcome}}; {@code whey_notification_delivery_seconds}
 * times each sent message from its event being read to the send.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** Deliveries of one batch sent at once. */
    private static final int CONCURRENCY = 4;

    /** What {@code whey_notifications_total}'s {@code outcome} label says, one value per constant, in lower case. */
    private enum Counted {
        SENT, SKIPPED, RETRIED, DEAD;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final DeliveryRepository deliveries;
    private final Senders senders;
    private final NotifyConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;

    DeliveryWorker(DeliveryRepository deliveries, Senders senders, NotifyConfig config, MeterRegistry metrics, Clock clock) {
        this.deliveries = deliveries;
        this.senders = senders;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Every series exists from the start at 0, so rates and the failure alert see a delivery's first increment. */
    void registerMetrics(@Observes StartupEvent event) {
        for (Channel channel : Channel.values()) {
            latency(channel);
            for (Kind kind : Kind.values()) {
                for (Counted outcome : Counted.values()) {
                    counter(channel, kind, outcome);
                }
            }
        }
    }

    @Scheduled(every = "${notify.delivery.tick:1s}", delayed = "${notify.delivery.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        Instant now = clock.instant();
        return deliveries.claimDue(now, now.plus(config.delivery().lease()), config.delivery().batch())
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUni(this::deliver).merge(CONCURRENCY)
                .collect().last().replaceWithVoid()
                .onFailure().invoke(error -> LOG.warnf("claiming due deliveries: %s", error.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> deliver(DeliveryJob delivery) {
        return senders.send(delivery)
                .onFailure().recoverWithItem(error -> Outcome.failed(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()))
                .chain(outcome -> record(delivery, outcome));
    }

    private Uni<Void> record(DeliveryJob delivery, Outcome outcome) {
        Instant now = clock.instant();
        Counted result;
        Uni<Void> stored;
        switch (outcome.result()) {
            case SENT -> {
                result = Counted.SENT;
                stored = deliveries.sent(delivery.id(), now);
                latency(delivery.channel()).record(Duration.between(delivery.createdAt(), now));
            }
            case SKIPPED -> {
                result = Counted.SKIPPED;
                stored = deliveries.skipped(delivery.id(), outcome.reason(), now);
            }
            default -> {
                boolean last = delivery.attempts() >= config.delivery().maxAttempts();
                result = last ? Counted.DEAD : Counted.RETRIED;
                LOG.warnf("delivery %s (%s, attempt %d): %s", delivery.id(), delivery.kind(), delivery.attempts(), outcome.reason());
                stored = last ? deliveries.dead(delivery.id(), outcome.reason(), now)
                        : deliveries.retryAt(delivery.id(), now.plus(backoff(delivery.attempts(), config.delivery().firstRetry(),
                                config.delivery().maxRetry())), outcome.reason(), now);
            }
        }
        return stored.invoke(() -> counter(delivery.channel(), delivery.kind(), result).increment());
    }

    /** The wait after failed attempt {@code attempt} (1-based): {@code first}, doubled per further attempt, never more than {@code max}. */
    static Duration backoff(int attempt, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private Counter counter(Channel channel, Kind kind, Counted outcome) {
        return metrics.counter("whey_notifications_total", "channel", tag(channel), "kind", tag(kind), "outcome", outcome.label());
    }

    private Timer latency(Channel channel) {
        return Timer.builder("whey_notification_delivery_seconds").description("From the event being read to the message's send")
                .tag("channel", tag(channel)).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(2)).register(metrics);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
