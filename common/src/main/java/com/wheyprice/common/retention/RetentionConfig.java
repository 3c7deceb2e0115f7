package com.wheyprice.common.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long the platform keeps what it keeps, one setting per kind of data, each from an
 * environment variable; every service applies the ones that concern its tables (README's
 * retention table).
 */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    /** {@code RETENTION_INTERVAL}: how often each service's retention runs (on one instance at a time). */
    @WithDefault("1h")
    Duration interval();

    /** {@code RETENTION_BATCH_SIZE}: rows deleted or changed per transaction, so no lock is held long. */
    @WithDefault("500")
    int batchSize();

    /** {@code RETENTION_SESSIONS}: ended or expired sessions, and used or expired refresh tokens, are deleted this long after their end. */
    @WithDefault("30d")
    Duration sessions();

    /** {@code RETENTION_IP_ADDRESSES}: IP addresses in sessions, messages and the audit trail are cut to their network (/24, /48) after this. */
    @WithDefault("30d")
    Duration ipAddresses();

    /** {@code RETENTION_AUDIT}: audit records (auth's trail, flag changes) are deleted after this. */
    @WithDefault("365d")
    Duration audit();

    /** {@code RETENTION_CLICKS}: affiliate clicks are counted per retailer, day and source, and the rows deleted, after this. */
    @WithDefault("90d")
    Duration clicks();

    /** {@code RETENTION_DEAD_LETTERS}: scrape dead letters that were replayed are deleted this long after. */
    @WithDefault("30d")
    Duration deadLetters();

    /** {@code RETENTION_OBSERVATIONS}: raw price observations are deleted after this; the daily roll-up stays. */
    @WithDefault("365d")
    Duration observations();

    /** {@code RETENTION_DELIVERIES}: finished deliveries (sent or skipped) are deleted this long after they finished. */
    @WithDefault("90d")
    Duration deliveries();
}
