package com.wheyprice.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Price strings as shops really write them. */
class MoneyParserTest {

    @ParameterizedTest(name = "[{0}] with fallback {1} -> {2} {3} from={4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // India: symbols, Rs/INR, Indian grouping, paise
            "₹1,29,999              | null | 12999900   | INR | false",
            "₹ 2,499.00             | null | 249900     | INR | false",
            "Rs. 3,199              | null | 319900     | INR | false",
            "Rs 899                 | null | 89900      | INR | false",
            "INR 4,999.50           | null | 499950     | INR | false",
            "₹4,499                 | null | 449900     | INR | false",
            "MRP: ₹5,999            | null | 599900     | INR | false",
            "Price: Rs.1,299.00     | null | 129900     | INR | false",
            "₹10,00,000             | null | 100000000  | INR | false",
            "₹1,29,999.50           | null | 12999950   | INR | false",
            "Rs. 1,23,45,678        | null | 1234567800 | INR | false",
            "NEW ₹2,999             | null | 299900     | INR | false",
            "₹ 1,499 ₹ 2,999        | null | 149900     | INR | false",
            "1,499                  | INR  | 149900     | INR | false",
            "₹ 799/-                | null | 79900      | INR | false",
            // United States and other dollars
            "$49.99                 | null | 4999       | USD | false",
            "$1,234.56              | null | 123456     | USD | false",
            "US$ 59.00              | null | 5900       | USD | false",
            "USD 39.95              | null | 3995       | USD | false",
            "$ 1,299                | null | 129900     | USD | false",
            "From $29.99            | null | 2999       | USD | true",
            "$19.99 - $29.99        | null | 1999       | USD | true",
            "$0.99                  | null | 99         | USD | false",
            "Only $54.99!           | null | 5499       | USD | false",
            "$2,499.00              | null | 249900     | USD | false",
            "A$89.95                | null | 8995       | AUD | false",
            "AU$ 1,099.00           | null | 109900     | AUD | false",
            "C$ 64.99               | null | 6499       | CAD | false",
            "CA$64.99               | null | 6499       | CAD | false",
            "S$ 45.90               | null | 4590       | SGD | false",
            "49.99                  | USD  | 4999       | USD | false",
            // Euro: decimal comma, dot grouping, spaces, ranges
            "49,99 €                | null | 4999       | EUR | false",
            "€49,99                 | null | 4999       | EUR | false",
            "1.299,00 €             | null | 129900     | EUR | false",
            "€ 1.299,00             | null | 129900     | EUR | false",
            "EUR 24,90              | null | 2490       | EUR | false",
            "24,90 EUR              | null | 2490       | EUR | false",
            "1 299,00 €             | null | 129900     | EUR | false",
            "1 299,00 €             | null | 129900     | EUR | false",
            "ab 19,99 €             | null | 1999       | EUR | true",
            "29,95€                 | null | 2995       | EUR | false",
            "€1,299.00              | null | 129900     | EUR | false",
            "€ 1.299                | null | 129900     | EUR | false",
            "2.499,- €              | null | 249900     | EUR | false",
            "12,5                   | EUR  | 1250       | EUR | false",
            "à partir de 39,90 €    | null | 3990       | EUR | true",
            "19,99 € – 24,99 €      | null | 1999       | EUR | true",
            // Pound
            "£39.99                 | null | 3999       | GBP | false",
            "£1,049.99              | null | 104999     | GBP | false",
            "From £20               | null | 2000       | GBP | true",
            "GBP 12.50              | null | 1250       | GBP | false",
            // Currencies without minor units or with three decimals
            "¥5,980                 | null | 5980       | JPY | false",
            "¥ 12,800               | null | 12800      | JPY | false",
            "JPY 3000               | null | 3000       | JPY | false",
            "KWD 12.500             | null | 12500      | KWD | false",
            "BHD 1.250              | null | 1250       | BHD | false",
            // Apostrophes, zloty, real, kronor
            "CHF 79.90              | null | 7990       | CHF | false",
            "CHF 1'299.00           | null | 129900     | CHF | false",
            "129,99 zł              | null | 12999      | PLN | false",
            "1 299,00 zł            | null | 129900     | PLN | false",
            "R$ 199,90              | null | 19990      | BRL | false",
            "R$ 1.299,90            | null | 129990     | BRL | false",
            "299 kr                 | SEK  | 29900      | SEK | false",
            "1 990 Kč               | null | 199000     | CZK | false",
    })
    void parsesPricesAsShopsWriteThem(String text, String fallback, long minor, String currency, boolean from) {
        assertThat(MoneyParser.parse(text.strip(), fallback)).contains(new MoneyParser.Parsed(minor, currency, from));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "Out of stock", "Price on request", "₹0", "$0.00", "Call us" })
    void textWithoutAPriceGivesNothing(String text) {
        assertThat(MoneyParser.parse(text, "INR")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "49.99", "1,299" })
    void numberWithoutAnyCurrencyGivesNothing(String text) {
        assertThat(MoneyParser.parse(text, null)).isEmpty();
    }
}
