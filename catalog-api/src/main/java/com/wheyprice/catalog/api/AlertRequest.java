package com.wheyprice.catalog.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.wheyprice.platform.api.Money;

/** The body that sets up an alert: the variant, and the price at or below which it fires. */
public record AlertRequest(@NotNull UUID variantId, @NotNull @Valid Money targetPrice) {
}
