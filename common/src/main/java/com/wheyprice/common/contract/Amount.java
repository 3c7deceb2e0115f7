package com.wheyprice.common.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import com.wheyprice.common.money.CurrencyCode;

/** An amount a client or service sends: minor units of an ISO-4217 currency. */
public record Amount(@NotNull @Positive @Max(1_000_000_000_000L) Long amountMinor,
        @NotNull @Pattern(regexp = "[A-Z]{3}") @CurrencyCode String currency) {
}
