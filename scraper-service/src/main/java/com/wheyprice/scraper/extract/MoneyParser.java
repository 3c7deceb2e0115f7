package com.wheyprice.scraper.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wheyprice.platform.api.Money;

/**
 * Reads a price as shops write it: currency symbols and ISO codes ({@code ₹}, {@code Rs.},
 * {@code INR}, {@code €}, {@code US$}…), thousands separators of every style (including Indian
 * grouping {@code 1,29,999}, apostrophes and thin spaces), decimal commas ({@code 49,99 €}),
 * and "from" or range prices, which are flagged because they are not the price of one thing.
 * It never guesses: text without a number, or with a currency it cannot tell, gives nothing.
 */
public final class MoneyParser {

    /** A parsed price in minor units; {@code from} when the text was "from X" or a range "X – Y" (X is taken). */
    public record Parsed(long amountMinor, String currency, boolean from) {

        public Money money() {
            return new Money(amountMinor, currency);
        }
    }

    /** Symbols and words for currencies, longest first so {@code US$} wins over {@code $}. */
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        SYMBOLS.put("US$", "USD");
        SYMBOLS.put("CA$", "CAD");
        SYMBOLS.put("AU$", "AUD");
        SYMBOLS.put("NZ$", "NZD");
        SYMBOLS.put("HK$", "HKD");
        SYMBOLS.put("S$", "SGD");
        SYMBOLS.put("C$", "CAD");
        SYMBOLS.put("A$", "AUD");
        SYMBOLS.put("R$", "BRL");
        SYMBOLS.put("Rs.", "INR");
        SYMBOLS.put("Rs", "INR");
        SYMBOLS.put("₹", "INR");
        SYMBOLS.put("€", "EUR");
        SYMBOLS.put("£", "GBP");
        SYMBOLS.put("¥", "JPY");
        SYMBOLS.put("₩", "KRW");
        SYMBOLS.put("zł", "PLN");
        SYMBOLS.put("₺", "TRY");
        SYMBOLS.put("₽", "RUB");
        SYMBOLS.put("฿", "THB");
        SYMBOLS.put("₫", "VND");
        SYMBOLS.put("Kč", "CZK");
        SYMBOLS.put("$", "USD");
    }

    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,' ]*\\d)?");
    private static final Pattern ISO_CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])");
    private static final Pattern FROM = Pattern.compile("(?i)^(from|starting at|starts at|as low as|ab|à partir de|desde|da)\\b");
    private static final Pattern RANGE = Pattern.compile("\\d\\D{0,4}?\\s(?:-|–|—|to)\\s\\D{0,4}\\d|\\d(?:-|–|—)\\D{0,4}\\d");

    private MoneyParser() {
    }

    /** Parses {@code text}; {@code fallbackCurrency} (the retailer's) is used when the text names none. */
    public static Optional<Parsed> parse(String text, String fallbackCurrency) {
        if (text == null) {
            return Optional.empty();
        }
        String clean = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace('’', '\'').strip();
        Matcher number = NUMBER.matcher(clean);
        if (clean.isEmpty() || !number.find()) {
            return Optional.empty();
        }
        Optional<String> currency = currency(clean).or(() -> Optional.ofNullable(fallbackCurrency));
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        int fractionDigits = Math.max(0, Currency.getInstance(currency.get()).getDefaultFractionDigits());
        Optional<BigDecimal> amount = amount(number.group().strip(), fractionDigits);
        if (amount.isEmpty() || amount.get().signum() <= 0) {
            return Optional.empty();
        }
        long minor = amount.get().movePointRight(fractionDigits).setScale(0, RoundingMode.HALF_UP).longValueExact();
        boolean from = FROM.matcher(clean).find() || RANGE.matcher(clean).find();
        return Optional.of(new Parsed(minor, currency.get(), from));
    }

    private static Optional<String> currency(String text) {
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            String key = symbol.getKey();
            int at = text.indexOf(key);
            boolean word = Character.isLetter(key.charAt(key.length() - 1));
            if (at >= 0 && (!word || at + key.length() >= text.length() || !Character.isLetter(text.charAt(at + key.length())))) {
                return Optional.of(symbol.getValue());
            }
        }
        Matcher iso = ISO_CODE.matcher(text);
        while (iso.find()) {
            try {
                return Optional.of(Currency.getInstance(iso.group(1)).getCurrencyCode());
            } catch (IllegalArgumentException notACurrency) {
                // an upper-case word that is not a currency code, such as "NEW"
            }
        }
        return Optional.empty();
    }

    /**
     * The number with its decimal separator worked out: with both separators, the last is decimal;
     * a lone comma is decimal unless three digits follow it (or it groups digits like 1,29,999);
     * a lone dot is decimal unless exactly three digits follow it in a two-decimal currency.
     */
    static Optional<BigDecimal> amount(String raw, int fractionDigits) {
        String digits = raw.replace(" ", "").replace("'", "");
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        String decimalSeparator;
        if (lastDot >= 0 && lastComma >= 0) {
            decimalSeparator = lastDot > lastComma ? "." : ",";
        } else if (lastComma >= 0) {
            decimalSeparator = groupsOfThree(digits, ',') ? null : ",";
        } else if (lastDot >= 0) {
            decimalSeparator = groupsOfThree(digits, '.') && fractionDigits != 3 ? null : ".";
        } else {
            decimalSeparator = null;
        }
        String normalized;
        if (decimalSeparator == null) {
            normalized = digits.replace(",", "").replace(".", "");
        } else {
            int at = digits.lastIndexOf(decimalSeparator);
            String whole = digits.substring(0, at).replace(",", "").replace(".", "");
            normalized = whole + "." + digits.substring(at + 1);
        }
        try {
            return Optional.of(new BigDecimal(normalized.isEmpty() ? "0" : normalized));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether every part after the first separator has exactly three digits (1,299 or 1.299.000), or the first group is Indian (1,29,999). */
    private static boolean groupsOfThree(String digits, char separator) {
        String[] parts = digits.split(Pattern.quote(String.valueOf(separator)), -1);
        if (parts.length < 2 || parts[parts.length - 1].length() != 3) {
            return false;
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].length() != 3 && parts[i].length() != 2) {
                return false;
            }
        }
        return true;
    }
}
