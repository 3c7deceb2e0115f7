package com.wheyprice.notify.event;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.notification.api.EventConsumer;
import com.wheyprice.notify.config.NotifyConfig;

import io.quarkus.arc.All;
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
 * Reads the streams of news for people that other services publish ({@link EventSource}s:
 * catalog's fired alerts and discovery decisions, auth's account messages) in the consumer group
 * {@value #GROUP}, so each event goes to one instance, and turns each into the deliveries to make.
 * An entry is acknowledged only once its deliveries are recorded; recording is idempotent by the
 * delivery's key, so an entry read twice (an instance died before acknowledging it, and another
 * claimed it after {@link #CLAIM_IDLE}) makes one delivery. An event this build cannot read is
 * dead-lettered under {@value #GROUP} (admins read it through api-service), never dropped.
 *
 * <p>One stream of Mutiny operators: claim what a dead instance left, else wait for new entries,
 * record each, acknowledge; on a Redis or database failure, back off and carry on.
 */
@ApplicationScoped
public class EventReader {

    public static final String GROUP = EventConsumer.NAME;
    private static final Logger LOG = Logger.getLogger(EventReader.class);
    /** An entry pending this long with its reader belongs to a dead instance: recording takes milliseconds. */
    static final Duration CLAIM_IDLE = Duration.ofSeconds(30);
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final int BATCH = 50;

    private final ReactiveStreamCommands<String, String, String> streams;
    private final EventDeadLetters deadLetters;
    private final Clock clock;
    private final Map<String, EventSource> sources;
    private final List<String> keys;
    private final String consumer;
    private Cancellable reading;

    EventReader(ReactiveRedisDataSource redis, RedisKeys keys, @All List<EventSource> sources, EventDeadLetters deadLetters, NotifyConfig config,
            Clock clock) {
        this.streams = redis.stream(String.class);
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.sources = sources.stream().flatMap(source -> source.streams().stream().map(stream -> Map.entry(keys.key(source.namespace(), stream), source)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.keys = this.sources.keySet().stream().sorted().toList();
        this.consumer = config.consumer().orElseGet(() -> "notifier-" + UUID.randomUUID());
    }

    void start(@Observes StartupEvent event) {
        reading = createGroups()
                .onItem().transformToMulti(ignored -> Multi.createBy().repeating().uni(this::nextEntries).indefinitely())
                .onItem().transformToIterable(Function.identity())
                .onItem().transformToUniAndConcatenate(this::take)
                .onFailure().invoke(error -> LOG.warnf("reading events: %s; trying again", error.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).indefinitely()
                .subscribe().with(ignored -> { });
    }

    void stop(@Observes ShutdownEvent event) {
        if (reading != null) {
            reading.cancel();
        }
    }

    /** The group on each stream, created at the stream's start on first use, so news from before this service first ran is not lost. */
    private Uni<Void> createGroups() {
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
        return record(entry).chain(() -> streams.xack(entry.key(), GROUP, entry.id())).replaceWithVoid();
    }

    private Uni<Void> record(StreamMessage<String, String, String> entry) {
        EventSource source = sources.get(entry.key());
        String event = entry.payload().get(source.field());
        if (event == null) {
            return deadLetters.add(GROUP, entry.key(), entry.id(), null, "the entry has no '" + source.field() + "' field");
        }
        return source.record(event, clock.instant())
                .chain(refusal -> refusal == null ? Uni.createFrom().voidItem() : deadLetters.add(GROUP, entry.key(), entry.id(), event, refusal));
    }
}
