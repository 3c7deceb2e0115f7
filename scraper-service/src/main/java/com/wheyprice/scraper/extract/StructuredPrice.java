package com.wheyprice.scraper.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

import com.wheyprice.platform.api.Money;

/**
 * A price from structured data (JSON-LD, microdata, meta tags): schema.org says a plain number
 * with a dot, but shops also write "1,299.00" or "₹1,299" there, which the money parser reads.
 */
final class StructuredPrice {

    private StructuredPrice() {
    }

    static Money of(String value, String currency, String fallbackCurrency) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = currency == null || currency.isBlank() ? fallbackCurrency : currency.trim().toUpperCase(Locale.ROOT);
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            if (code == null || amount.signum() <= 0) {
                return null;
            }
            int digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
            return new Money(amount.movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact(), code);
        } catch (IllegalArgumentException | ArithmeticException notPlain) {
            return MoneyParser.parse(value, code).map(MoneyParser.Parsed::money).orElse(null);
        }
    }
}
