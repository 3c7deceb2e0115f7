package com.wheyprice.notify;

import java.time.Clock;
import java.time.Duration;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.common.testing.WebhookReceiver;
import com.wheyprice.notify.NotifyTestResource.SmtpServer;

import io.quarkus.redis.datasource.RedisDataSource;

/**
 * What notification-service's tests against {@link NotifyTestResource} work with: the mail server,
 * the people auth-service knows, the token issuer and the webhook receiver (injected by the
 * resource), the service's own beans, and the providers' streams ({@link #events()}).
 */
abstract class NotifyTestBase {

    static final Duration WAIT = Duration.ofSeconds(20);

    SmtpServer smtp;
    TestAuthContacts people;
    TestIssuer issuer;
    WebhookReceiver receiver;

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    ObjectMapper json;

    @Inject
    Database database;

    @Inject
    Clock clock;

    TestEvents events() {
        return new TestEvents(redis, keys, json);
    }
}
