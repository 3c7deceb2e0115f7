package com.wheyprice.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** How long a retailer's {@code Retry-After} asks us to wait, counted from the time the answer arrived. */
class RetryAfterTest {

    private static final Instant ANSWERED = Instant.parse("2028-02-29T23:59:30Z");

    @Test
    void secondsAreTakenAsTheyAre() {
        assertThat(PageClient.retryAfter("120", ANSWERED)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void anHttpDateCountsFromWhenTheAnswerArrivedAcrossMidnightAndTheLeapDay() {
        assertThat(PageClient.retryAfter("Wed, 01 Mar 2028 00:01:00 GMT", ANSWERED)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aDateAlreadyPastMeansNoWait() {
        assertThat(PageClient.retryAfter("Tue, 29 Feb 2028 23:00:00 GMT", ANSWERED)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anUnreadableValueIsIgnored() {
        assertThat(PageClient.retryAfter("soon", ANSWERED)).isNull();
        assertThat(PageClient.retryAfter(" ", ANSWERED)).isNull();
    }
}
