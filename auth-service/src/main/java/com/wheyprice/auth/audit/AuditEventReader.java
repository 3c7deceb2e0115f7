package com.wheyprice.auth.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.event.EventSource;
import com.wheyprice.common.event.StreamReader;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads, in the consumer group {@value #GROUP}, the admin actions the other services publish
 * ({@link #PUBLISHERS}, each on its namespace's {@value AdminActionTaken#STREAM} stream), into the
 * one audit trail.
 */
@Singleton
public class AuditEventReader extends StreamReader {

    public static final String GROUP = AdminActionTaken.CONSUMER;
    /** The namespaces of the services that have admin actions. */
    static final List<String> PUBLISHERS = List.of("catalog", "scraper", "api", "notification");

    AuditEventReader(ReactiveRedisDataSource redis, RedisKeys keys, Database database, AuditLog audit, ObjectMapper json,
            EventDeadLetters deadLetters, Clock clock) {
        super(redis, keys, PUBLISHERS.stream().<EventSource>map(namespace -> new AdminActionEvents(namespace, database,
                audit, json)).toList(), deadLetters, clock, GROUP, "auth-" + UUID.randomUUID());
    }

    void start(@Observes StartupEvent event) {
        start();
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }
}
