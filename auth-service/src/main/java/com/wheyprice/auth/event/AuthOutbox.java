package com.wheyprice.auth.event;

import java.time.Clock;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.common.event.Outbox;

/**
 * auth-service's outbox, table {@code auth_outbox}: the typed events of auth-api
 * ({@link com.wheyprice.auth.api.event.AuthEvent}) on the streams of
 * {@link com.wheyprice.auth.api.event.AuthStreams}, written in the transaction of their change.
 */
@Singleton
public class AuthOutbox extends Outbox {

    AuthOutbox(ObjectMapper json, Clock clock) {
        super("auth_outbox", json, clock);
    }
}
