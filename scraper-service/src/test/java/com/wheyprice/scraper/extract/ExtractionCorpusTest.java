package com.wheyprice.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * Saved product pages of every markup style the cascade handles (and the ones it must refuse),
 * each with what a careful person reads on it: pages/manifest.csv.
 */
class ExtractionCorpusTest {

    /** One manifest row: the page, what the listing knows, and what must come out. */
    record Case(String page, String sku, String gtin, String currency, String priceSelector, String listPriceSelector,
            String availabilitySelector, Long price, String priceCurrency, Long listPrice, Availability availability,
            Extraction.Method method, boolean from) {

        @Override
        public String toString() {
            return page;
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        return lines("pages/manifest.csv").stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).map(v -> v.isEmpty() ? null : v).toArray(String[]::new);
                    return Arguments.of(new Case(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7] == null ? null : Long.valueOf(f[7]), f[8],
                            f[9] == null ? null : Long.valueOf(f[9]), Availability.valueOf(f[10]), Extraction.Method.valueOf(f[11]),
                            Boolean.parseBoolean(f[12])));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void extractsWhatThePageSays(Case expected) throws IOException {
        String html = String.join("\n", lines("pages/" + expected.page()));

        Extraction result = Extractor.extract(new Extraction.Request(html, "https://shop.example/p", expected.priceSelector(),
                expected.listPriceSelector(), expected.availabilitySelector(), expected.sku(), expected.gtin(), expected.currency()));

        assertThat(result.method()).as("method, problem: %s", result.problem()).isEqualTo(expected.method());
        assertThat(result.price()).isEqualTo(expected.price() == null ? null : new Money(expected.price(), expected.priceCurrency()));
        assertThat(result.listPrice()).isEqualTo(expected.listPrice() == null ? null : new Money(expected.listPrice(), expected.priceCurrency()));
        assertThat(result.availability()).isEqualTo(expected.availability());
        assertThat(result.fromPrice()).isEqualTo(expected.from());
        if (expected.price() == null) {
            assertThat(result.problem()).isNotBlank();
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ExtractionCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
