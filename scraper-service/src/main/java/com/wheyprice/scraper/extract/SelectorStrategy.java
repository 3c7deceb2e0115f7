package com.wheyprice.scraper.extract;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * The retailer's own CSS selectors, for shops without structured data: the price element's text
 * (or {@code content}) read by the money parser with the retailer's currency, the list price the
 * same way, and availability from the selected element's wording or a schema.org value.
 */
final class SelectorStrategy implements Strategy {

    @Override
    public Extraction.Method method() {
        return Extraction.Method.SELECTOR;
    }

    @Override
    public List<Extraction.Candidate> candidates(Document page, Extraction.Request request) {
        Money price = money(page, request.priceSelector(), request.currency());
        if (price == null) {
            return List.of();
        }
        Money listPrice = money(page, request.listPriceSelector(), request.currency());
        Element stock = select(page, request.availabilitySelector());
        Availability availability = stock == null ? Availability.UNKNOWN : stockOf(stock);
        return List.of(new Extraction.Candidate(Extraction.Method.SELECTOR, price, listPrice, availability, null, null, false));
    }

    private static Availability stockOf(Element element) {
        Availability schema = AvailabilityWording.fromSchema(element.hasAttr("content") ? element.attr("content") : element.attr("href"));
        if (schema != Availability.UNKNOWN) {
            return schema;
        }
        Availability wording = AvailabilityWording.fromWording(element.text());
        if (wording != Availability.UNKNOWN) {
            return wording;
        }
        return element.text().toLowerCase(Locale.ROOT).contains("in stock") ? Availability.IN_STOCK : Availability.UNKNOWN;
    }

    private static Money money(Document page, String selector, String currency) {
        Element element = select(page, selector);
        if (element == null) {
            return null;
        }
        String text = element.hasAttr("content") ? element.attr("content") : element.text();
        return MoneyParser.parse(text, currency).map(MoneyParser.Parsed::money).orElse(null);
    }

    private static Element select(Document page, String selector) {
        if (selector == null || selector.isBlank()) {
            return null;
        }
        try {
            return page.selectFirst(selector);
        } catch (Selector.SelectorParseException invalid) {
            return null;
        }
    }
}
