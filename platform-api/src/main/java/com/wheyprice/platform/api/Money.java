package com.wheyprice.platform.api;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of money as integer minor units (cents, paise) of an ISO-4217 currency, the one money
 * type of every contract: prices are never floating point anywhere in the platform.
 *
 * <p>The constraints check what a client or a service sends ({@code @Valid}); the constructor does
 * not throw on a bad code, so such input reaches validation and comes back as a problem naming the
 * field. Amounts the platform makes itself carry codes it read from its own store.
 */
@Schema(requiredProperties = { "amountMinor", "currency" })
public record Money(
        @Positive @Max(1_000_000_000_000L) @Schema(description = "integer minor units (paise, cents)", examples = "459900") long amountMinor,
        @NotNull @CurrencyCode @Schema(description = "ISO-4217 code", examples = "INR") String currency) {

    /** The code of {@code currency}, or an {@link IllegalArgumentException} when it names no currency. */
    public static String currencyCode(String currency) {
        if (currency == null || !CurrencyCode.Validator.isCode(currency)) {
            throw new IllegalArgumentException("not an ISO-4217 currency code: " + currency);
        }
        return currency;
    }

    /** For people: the ISO code and the amount with grouping, e.g. {@code "INR 8,999.00"} or {@code "EUR 49.99"}. */
    @JsonProperty(value = "formatted", access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, examples = "INR 4,599.00")
    public String formatted() {
        return currency + " " + String.format(Locale.ROOT, "%,." + fractionDigits() + "f", toDecimal());
    }

    /** The amount in major units, exact (e.g. {@code 49.99}). */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amountMinor, fractionDigits());
    }

    private int fractionDigits() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }
}
