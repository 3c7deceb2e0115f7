package com.wheyprice.common.event;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A service's outbox: set once in its {@code application.properties}, except the relay interval,
 * which operators set through the service's own variable ({@code AUTH_OUTBOX_RELAY_INTERVAL},
 * {@code CATALOG_OUTBOX_RELAY_INTERVAL}).
 */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The table the service's events wait in, with columns {@code id, stream, payload, created_at}. */
    String table();

    /** The service's part of its stream keys ({@code catalog}, {@code auth}). */
    String namespace();

    /** The entry field that holds the event, as the service's contract names it. */
    @WithDefault("event")
    String field();

    /** How often events left in the outbox (Redis was away) are relayed again. */
    @WithDefault("5s")
    Duration relayInterval();
}
