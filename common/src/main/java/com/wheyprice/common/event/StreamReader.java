package com.wheyprice.common.event;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Reads other services' streams ({@link EventSource}s) in a consuming service's Redis consumer
 * group, so each event goes to one of its instances, and has each recorded. An entry is
 * acknowledged only once recorded; recording is idempotent by the event's keys, so an entry read
 * twice (an instance died before acknowledging it, and another claimed it after
 * {@link #CLAIM_IDLE}) counts once. A service that was down reads, when it returns, what its group
 * has not acknowledged yet. An event this build cannot read is dead-lettered under the group's
 * name (admins read it through api-service), never dropped.
 *
 * <p>One stream of Mutiny operators: claim what a dead instance left, else wait for new entries,
 * record each, acknowledge; on a Redis or database failure, back off and carry on. A service
 * makes one bean of a subclass that starts it at start-up and stops it at shutdown.
 */
public abstract class StreamReader {

    private static final Logger LOG = Logger.getLogger(StreamReader.class);
    /** An entry pending this long with its reader belongs to a dead instance: recording takes milliseconds. */
    private static final Duration CLAIM_IDLE = Duration.ofSeconds(30);
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final int BATCH = 50;

    private final ReactiveStreamCommands<String, String, String> streams;
    private final EventDeadLetters deadLetters;
    private final Clock clock;
    private final Map<String, EventSource> sources;
    private final List<String> keys;
    private final String group;
    private final String consumer;
    private Cancellable reading;

    /**
     * @param group    the consuming service's consumer group, also the name its dead letters are kept under
     * @param consumer this instance's name in the group
     */
    protected StreamReader(ReactiveRedisDataSource redis, RedisKeys keys, List<EventSource> sources, EventDeadLetters deadLetters, Clock clock,
            String group, String consumer) {
        this.streams = redis.stream(String.class);
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.sources = sources.stream().flatMap(source -> source.streams().stream().map(stream -> Map.entry(keys.key(source.namespace(), stream), source)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.keys = this.sources.keySet().stream().sorted().toList();
        this.group = group;
        this.consumer = consumer;
    }

    /** Starts reading, for good: failures are retried with back-off. */
    protected void start() {
        reading = createGroups()
                .onItem().transformToMulti(ignored -> Multi.createBy().repeating().uni(this::nextEntries).indefinitely())
                .onItem().transformToIterable(Function.identity())
                .onItem().transformToUniAndConcatenate(this::take)
                .onFailure().invoke(error -> LOG.warnf("%s reading events: %s; trying again", group, error.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).indefinitely()
                .subscribe().with(ignored -> { });
    }

    protected void stop() {
        if (reading != null) {
            reading.cancel();
        }
    }

    /** The group on each stream, created at the stream's start on first use, so events from before this service first ran are not lost. */
    private Uni<Void> createGroups() {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> streams.xgroupCreate(key, group, "0", new XGroupCreateArgs().mkstream())
                        .onFailure(error -> String.valueOf(error.getMessage()).contains("BUSYGROUP")).recoverWithNull())
                .collect().last().replaceWithVoid();
    }

    /** Entries a dead instance left unacknowledged, or else new ones of any stream (waiting up to {@link #BLOCK} for them). */
    private Uni<List<StreamMessage<String, String, String>>> nextEntries() {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> streams.xautoclaim(key, group, consumer, CLAIM_IDLE, "0-0", BATCH))
                .onItem().transformToIterable(claimed -> claimed.getMessages() == null ? List.<StreamMessage<String, String, String>>of()
                        : claimed.getMessages())
                .collect().asList()
                .chain(claimed -> !claimed.isEmpty() ? Uni.createFrom().item(claimed)
                        : streams.xreadgroup(group, consumer, keys.stream().collect(Collectors.toMap(key -> key, key -> ">")),
                                        new XReadGroupArgs().count(BATCH).block(BLOCK))
                                .map(read -> read == null ? List.<StreamMessage<String, String, String>>of() : read));
    }

    private Uni<Void> take(StreamMessage<String, String, String> entry) {
        return record(entry).chain(() -> streams.xack(entry.key(), group, entry.id())).replaceWithVoid();
    }

    private Uni<Void> record(StreamMessage<String, String, String> entry) {
        EventSource source = sources.get(entry.key());
        String event = entry.payload().get(source.field());
        if (event == null) {
            return deadLetters.add(group, entry.key(), entry.id(), null, "the entry has no '" + source.field() + "' field");
        }
        return source.record(event, clock.instant())
                .chain(refusal -> refusal == null ? Uni.createFrom().voidItem() : deadLetters.add(group, entry.key(), entry.id(), event, refusal));
    }
}
