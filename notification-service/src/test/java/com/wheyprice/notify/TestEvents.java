package com.wheyprice.notify;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Revocation;
import com.wheyprice.auth.api.event.AuthEvent;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.platform.api.Money;

import io.quarkus.redis.datasource.RedisDataSource;

/** Puts events on catalog's and auth's real Redis streams as their outbox relays do, and makes the fired alerts tests need. */
final class TestEvents {

    private final RedisDataSource redis;
    private final RedisKeys keys;
    private final ObjectMapper json;

    TestEvents(RedisDataSource redis, RedisKeys keys, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    /** A new alert (its own event id) of this shopper on this variant, as catalog-service writes one: INR 2,499 against a target of 2,600. */
    static AlertFired alert(UUID userId, UUID variantId, Instant at) {
        return AlertFired.of(UUID.randomUUID(), at, UUID.randomUUID(), userId, variantId, UUID.randomUUID(), new Money(249_900, "INR"),
                new Money(260_000, "INR"), new AlertFired.Details("Gold Standard 100% Whey", "Optimum Nutrition", "Chocolate", 2000,
                        "Muscle Shop", new Money(329_900, "INR"), new Money(37_800, "INR"), new Money(249_900, "INR"), new Money(279_900, "INR"),
                        true));
    }

    void fire(AlertFired alert) {
        onCatalog(CatalogStreams.ALERTS, alert);
    }

    void onCatalog(String stream, CatalogEvent event) {
        add(keys.key("catalog", stream), CatalogStreams.FIELD, event, CatalogEvent.class);
    }

    /** On auth's stream of the event's kind: erasures on {@link AuthStreams#SUBJECTS}, messages on {@link AuthStreams#ACCOUNT_MAIL}. */
    void onAuth(AuthEvent event) {
        String stream = event instanceof SubjectErased ? AuthStreams.SUBJECTS : AuthStreams.ACCOUNT_MAIL;
        add(keys.key("auth", stream), AuthStreams.FIELD, event, AuthEvent.class);
    }

    /**
     * auth-service's announcement that this session ended, as this service sees it between two of
     * its revocation syncs: the ended session is in Redis's set, but the version it polls has not
     * moved, so only a read of the whole set learns it.
     */
    void endSessionBeforeTheNextSync(UUID session, Instant at) {
        redis.sortedSet(String.class).zadd(keys.key("auth", "revocations"), Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli(),
                new Revocation(session, at).encode());
    }

    private void add(String key, String field, Object event, Class<?> type) {
        try {
            redis.stream(String.class).xadd(key, Map.of(field, json.writerFor(type).writeValueAsString(event)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
