package com.wheyprice.auth.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.event.EventSource;
import com.wheyprice.common.event.StreamReader;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.arc.All;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads, in the consumer group {@value #GROUP}, the admin actions the other services publish, into
 * the one audit trail. A service with admin actions publishes them on its namespace's stream, and
 * has a source here ({@link Sources}).
 */
@Singleton
public class AuditEventReader extends StreamReader {

    public static final String GROUP = AdminActionTaken.CONSUMER;

    AuditEventReader(ReactiveRedisDataSource redis, RedisKeys keys, @All List<EventSource> sources, EventDeadLetters deadLetters, Clock clock) {
        super(redis, keys, sources, deadLetters, clock, GROUP, "auth-" + UUID.randomUUID());
    }

    void start(@Observes StartupEvent event) {
        start();
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }

    /** The sources read: one per publishing service. */
    static class Sources {

        @Produces
        @Singleton
        EventSource catalogAdminActions(Database database, AuditLog audit, ObjectMapper json) {
            return new AdminActionEvents("catalog", database, audit, json);
        }
    }
}
