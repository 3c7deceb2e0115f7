package com.wheyprice.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A failed delivery waits longer after each attempt, up to a ceiling, however many attempts there were. */
class DeliveryBackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void theWaitDoublesFromTheFirstRetryOn() {
        assertThat(DeliveryWorker.backoff(1, FIRST, MAX)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DeliveryWorker.backoff(2, FIRST, MAX)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryWorker.backoff(4, FIRST, MAX)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void theWaitNeverExceedsTheCeilingNorOverflows() {
        assertThat(DeliveryWorker.backoff(8, FIRST, MAX)).isEqualTo(MAX);
        assertThat(DeliveryWorker.backoff(1_000, FIRST, MAX)).isEqualTo(MAX);
        assertThat(DeliveryWorker.backoff(0, FIRST, MAX)).isEqualTo(FIRST);
    }
}
