package com.wheyprice.catalog.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.wheyprice.catalog.api.QuarantinedPrice.Reason;

/** Which scraped prices are too unlike a listing's recent median (250 000) to become its offer unseen. */
class OutlierRulesTest {

    private final OutlierRules rules = new OutlierRules(30, 300, List.of(10.0, 100.0, 0.01), 15, 10);

    @Test
    void pricesWithinTheSharesOfTheMedianAreTaken() {
        assertThat(rules.judge(250_000, "INR", "INR", 250_000L, null)).isEmpty();
        assertThat(rules.judge(80_000, "INR", "INR", 250_000L, null)).as("32 %: a deep sale, not a slip").isEmpty();
        assertThat(rules.judge(700_000, "INR", "INR", 250_000L, null)).as("280 %").isEmpty();
    }

    @Test
    void typicalSlipsOfScaleAreNamedAsSuch() {
        assertThat(rules.judge(2_500, "INR", "INR", 250_000L, null)).contains(Reason.SCALE_SLIP);
        assertThat(rules.judge(3_100, "INR", "INR", 250_000L, 310_000L)).as("a hundredth of the last price, far from the median").contains(Reason.SCALE_SLIP);
        assertThat(rules.judge(2_600_000, "INR", "INR", 250_000L, null)).contains(Reason.SCALE_SLIP);
        assertThat(rules.judge(25_000_000, "INR", "INR", 250_000L, null)).contains(Reason.SCALE_SLIP);
    }

    @Test
    void pricesOutsideTheSharesAreTooLowOrTooHigh() {
        assertThat(rules.judge(60_000, "INR", "INR", 250_000L, null)).contains(Reason.TOO_LOW);
        assertThat(rules.judge(900_000, "INR", "INR", 250_000L, null)).contains(Reason.TOO_HIGH);
    }

    @Test
    void aSlipIsHeldBackEvenWhenTheSharesAreWideEnoughToTakeIt() {
        OutlierRules wide = new OutlierRules(1, 5_000, List.of(10.0), 15, 10);

        assertThat(wide.judge(2_500_000, "INR", "INR", 250_000L, null)).contains(Reason.SCALE_SLIP);
        assertThat(wide.judge(1_000_000, "INR", "INR", 250_000L, null)).isEmpty();
    }

    @Test
    void anotherCurrencyThanTheRetailersIsHeldBackWithOrWithoutHistory() {
        assertThat(rules.judge(3_000, "USD", "INR", null, null)).contains(Reason.CURRENCY);
        assertThat(rules.judge(250_000, "USD", "INR", 250_000L, null)).contains(Reason.CURRENCY);
    }

    @Test
    void withoutRecentHistoryAnyPriceInTheRetailersCurrencyIsTaken() {
        assertThat(rules.judge(1, "INR", "INR", null, null)).isEmpty();
    }

    @Test
    void aLaterPriceRepeatsAHeldOneWithinTheConsistencyShare() {
        assertThat(rules.consistent(61_000, 60_000)).isTrue();
        assertThat(rules.consistent(54_000, 60_000)).isTrue();
        assertThat(rules.consistent(53_000, 60_000)).isFalse();
    }
}
