package com.wheyprice.notify.event;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.wheyprice.common.event.EventSource;
import com.wheyprice.common.event.StreamReader;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.notification.api.EventConsumer;
import com.wheyprice.notify.config.NotifyConfig;

import io.quarkus.arc.All;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the streams of news for people that other services publish (catalog's fired alerts and
 * discovery decisions, auth's account messages and erasures) in the consumer group
 * {@value #GROUP}, and turns each event into the deliveries to make, or, for an erasure, erases
 * what this service holds about the person.
 */
@Singleton
public class EventReader extends StreamReader {

    public static final String GROUP = EventConsumer.NAME;

    EventReader(ReactiveRedisDataSource redis, RedisKeys keys, @All List<EventSource> sources, EventDeadLetters deadLetters, NotifyConfig config,
            Clock clock) {
        super(redis, keys, sources, deadLetters, clock, GROUP, config.consumer().orElseGet(() -> "notifier-" + UUID.randomUUID()));
    }

    void start(@Observes StartupEvent event) {
        start();
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }
}
