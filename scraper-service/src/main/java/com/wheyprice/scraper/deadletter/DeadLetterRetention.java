package com.wheyprice.scraper.deadletter;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.wheyprice.common.retention.RetentionConfig;
import com.wheyprice.common.retention.RetentionRule;

/** Dead letters that were replayed are done with: they go {@code RETENTION_DEAD_LETTERS} after the replay (README's retention table). */
public class DeadLetterRetention {

    @Produces
    @Singleton
    RetentionRule replayedDeadLetters(RetentionConfig config) {
        return RetentionRule.deleting("dead-letters", "scraper_dead_letter", "id", "replayed_at < $1", config.deadLetters());
    }
}
