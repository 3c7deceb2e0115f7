package com.wheyprice.catalog.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PriceReferenceTest {

    @Test
    void theTypicalPriceIsTheMedianAndTheMeanOfTheTwoMiddleOnesForAnEvenCount() {
        assertThat(PriceReference.median(List.of())).isNull();
        assertThat(PriceReference.median(List.of(100L, 200L, 900L))).isEqualTo(200L);
        assertThat(PriceReference.median(List.of(100L, 200L, 300L, 900L))).isEqualTo(250L);
    }

    @Test
    void aRealDiscountIsHowFarThePriceIsBelowTheTypicalOneAndNeverNegative() {
        assertThat(PriceReference.discountBasisPoints(225_000, 250_000L)).isEqualTo(1_000);
        assertThat(PriceReference.discountBasisPoints(260_000, 250_000L)).isZero();
        assertThat(PriceReference.discountBasisPoints(225_000, null)).as("no history yet").isZero();
    }

    @Test
    void aListPriceIsInflatedWhenRaisedWithinTheWindowWhileTheSaleBringsTheOldPriceBack() {
        assertThat(PriceReference.inflated(250_000, 400_000L, 260_000L, 5)).as("the old list price, nearly").isTrue();
        assertThat(PriceReference.inflated(200_000, 400_000L, 260_000L, 5)).as("a sale well below even the old list price").isFalse();
        assertThat(PriceReference.inflated(250_000, 400_000L, 400_000L, 5)).as("never raised in the window").isFalse();
        assertThat(PriceReference.inflated(250_000, null, 260_000L, 5)).as("no list price now").isFalse();
        assertThat(PriceReference.inflated(250_000, 400_000L, null, 5)).as("no earlier list price").isFalse();
    }
}
