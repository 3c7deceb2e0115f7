package com.wheyprice.scraper.extract;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.wheyprice.platform.api.Money;

/** OpenGraph and product meta tags: {@code product:price:amount} / {@code og:price:amount} with their currency and availability. */
final class MetaStrategy implements Strategy {

    @Override
    public Extraction.Method method() {
        return Extraction.Method.META;
    }

    @Override
    public List<Extraction.Candidate> candidates(Document page, Extraction.Request request) {
        for (String prefix : List.of("product", "og")) {
            Money price = StructuredPrice.of(meta(page, prefix + ":price:amount"), meta(page, prefix + ":price:currency"), request.currency());
            if (price != null) {
                return List.of(new Extraction.Candidate(Extraction.Method.META, price, null,
                        AvailabilityWording.fromSchema(meta(page, prefix + ":availability")), null, null, false));
            }
        }
        return List.of();
    }

    private static String meta(Document page, String property) {
        Element tag = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return tag == null ? null : tag.attr("content");
    }
}
