package com.wheyprice.common.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of money as integer minor units (cents, paise) of an ISO-4217 currency. Prices are
 * never floating point anywhere in the suite.
 */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        try {
            currency = Currency.getInstance(currency).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO-4217 currency code: " + currency, e);
        }
    }

    /** For people: the ISO code and the amount with grouping, e.g. {@code "INR 8,999.00"} or {@code "EUR 49.99"}. */
    @JsonProperty("formatted")
    public String formatted() {
        return currency + " " + String.format(Locale.ROOT, "%,." + Currency.getInstance(currency).getDefaultFractionDigits() + "f", toDecimal());
    }

    /** The amount in major units, exact (e.g. {@code 49.99}). */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amountMinor, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
