package com.wheyprice.notify.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.DeliveryStatus;
import com.wheyprice.notification.api.EventConsumer;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.DeliveryRepository;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Reads catalog-service's streams of news for people, fired alerts ({@link CatalogStreams#ALERTS})
 * and decisions on their product suggestions ({@link CatalogStreams#DISCOVERIES}), in the consumer
 * group {@value #GROUP}, so each event goes to one instance, and turns each into a delivery to make.
 * An entry is acknowledged only once its delivery is recorded; recording is idempotent by the
 * delivery's key, so an entry read twice (an instance died before acknowledging it, and another
 * claimed it after {@link #CLAIM_IDLE}) makes one delivery. An event this build cannot read is
 * dead-lettered under {@value #GROUP} (admins read it through api-service), never dropped; an alert older than
 * {@code NOTIFY_ALERT_MAX_AGE} is recorded as skipped, since its price is stale.
 *
 * <p>One stream of Mutiny operators: claim what a dead instance left, else wait for new entries,
 * record each, acknowledge; on a Redis or database failure, back off and carry on.
 */
@ApplicationScoped
public class CatalogEventReader {

    public static final String GROUP = EventConsumer.NAME;
    private static final Logger LOG = Logger.getLogger(CatalogEventReader.class);
    /** An entry pending this long with its reader belongs to a dead instance: recording takes milliseconds. */
    static final Duration CLAIM_IDLE = Duration.ofSeconds(30);
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final int BATCH = 50;

    private final ReactiveStreamCommands<String, String, String> streams;
    private final DeliveryRepository deliveries;
    private final EventDeadLetters deadLetters;
    private final ObjectMapper json;
    private final NotifyConfig config;
    private final Clock clock;
    private final List<String> keys;
    private final String consumer;
    private Cancellable reading;

    CatalogEventReader(ReactiveRedisDataSource redis, RedisKeys keys, DeliveryRepository deliveries, EventDeadLetters deadLetters, ObjectMapper json,
            NotifyConfig config, Clock clock) {
        this.streams = redis.stream(String.class);
        this.deliveries = deliveries;
        this.deadLetters = deadLetters;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.keys = List.of(keys.key("catalog", CatalogStreams.ALERTS), keys.key("catalog", CatalogStreams.DISCOVERIES));
        this.consumer = config.consumer().orElseGet(() -> "notifier-" + UUID.randomUUID());
    }

    void start(@Observes StartupEvent event) {
        reading = createGroup()
                .onItem().transformToMulti(ignored -> Multi.createBy().repeating().uni(this::nextEntries).indefinitely())
                .onItem().transformToIterable(entries -> entries)
                .onItem().transformToUniAndConcatenate(this::take)
                .onFailure().invoke(error -> LOG.warnf("reading catalog's events: %s; trying again", error.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).indefinitely()
                .subscribe().with(ignored -> { });
    }

    void stop(@Observes ShutdownEvent event) {
        if (reading != null) {
            reading.cancel();
        }
    }

    /** The group on each stream, created at the stream's start on first use, so news from before this service first ran is not lost. */
    private Uni<Void> createGroup() {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> streams.xgroupCreate(key, GROUP, "0", new XGroupCreateArgs().mkstream())
                        .onFailure(error -> String.valueOf(error.getMessage()).contains("BUSYGROUP")).recoverWithNull())
                .collect().last().replaceWithVoid();
    }

    /** Entries a dead instance left unacknowledged, or else new ones of any stream (waiting up to {@link #BLOCK} for them). */
    private Uni<List<StreamMessage<String, String, String>>> nextEntries() {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> streams.xautoclaim(key, GROUP, consumer, CLAIM_IDLE, "0-0", BATCH))
                .onItem().transformToIterable(claimed -> claimed.getMessages() == null ? List.<StreamMessage<String, String, String>>of()
                        : claimed.getMessages())
                .collect().asList()
                .chain(claimed -> !claimed.isEmpty() ? Uni.createFrom().item(claimed)
                        : streams.xreadgroup(GROUP, consumer, keys.stream().collect(Collectors.toMap(key -> key, key -> ">")),
                                        new XReadGroupArgs().count(BATCH).block(BLOCK))
                                .map(read -> read == null ? List.<StreamMessage<String, String, String>>of() : read));
    }

    private Uni<Void> take(StreamMessage<String, String, String> entry) {
        String event = entry.payload().get(CatalogStreams.FIELD);
        return record(entry, event).chain(() -> streams.xack(entry.key(), GROUP, entry.id())).replaceWithVoid();
    }

    private Uni<Void> record(StreamMessage<String, String, String> entry, String event) {
        CatalogEvent read;
        try {
            read = event == null ? null : json.readValue(event, CatalogEvent.class);
        } catch (JsonProcessingException e) {
            return deadLetters.add(GROUP, entry.key(), entry.id(), event, "not a catalog event this consumer knows: " + e.getOriginalMessage());
        }
        if (read == null) {
            return deadLetters.add(GROUP, entry.key(), entry.id(), null, "the entry has no '" + CatalogStreams.FIELD + "' field");
        }
        if (!read.readable()) {
            return deadLetters.add(GROUP, entry.key(), entry.id(), event, "schema version " + read.version() + " of "
                    + read.getClass().getSimpleName() + " is newer than this consumer reads (" + read.readableVersion() + ")");
        }
        Instant now = clock.instant();
        if (read instanceof AlertFired alert) {
            boolean stale = alert.at().plus(config.alertMaxAge()).isBefore(now);
            return record(alert.id(), Kind.PRICE_ALERT, alert.userId(), alert.variantId().toString(), event, stale ? DeliveryStatus.SKIPPED
                    : DeliveryStatus.PENDING, stale ? "fired " + alert.at() + ", older than " + config.alertMaxAge() + " when read: its price is stale"
                            : null, now);
        }
        if (read instanceof DiscoveryDecided decided) {
            return record(decided.id(), Kind.DISCOVERY_DECISION, decided.userId(), decided.discoveryId().toString(), event, DeliveryStatus.PENDING,
                    null, now);
        }
        return deadLetters.add(GROUP, entry.key(), entry.id(), event, read.getClass().getSimpleName() + " is no news for people");
    }

    private Uni<Void> record(UUID eventId, Kind kind, UUID userId, String topic, String event, DeliveryStatus status, String reason, Instant now) {
        DeliveryJob delivery = new DeliveryJob(UUID.randomUUID(), DeliveryJob.key(eventId, Channel.EMAIL, userId), eventId, kind, Channel.EMAIL,
                userId, topic, event, 0, now);
        return deliveries.record(delivery, status, reason, now).replaceWithVoid();
    }
}
