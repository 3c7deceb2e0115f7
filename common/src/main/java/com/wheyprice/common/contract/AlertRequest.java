package com.wheyprice.common.contract;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body that sets up an alert: the variant, and the price at or below which it fires. */
public record AlertRequest(@NotNull UUID variantId, @NotNull @Valid Amount targetPrice) {
}
