package com.wheyprice.scraper.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import com.wheyprice.platform.api.Money;

/**
 * schema.org microdata: each {@code Offer}/{@code AggregateOffer} item scope's {@code price} (or
 * {@code lowPrice}), {@code priceCurrency} and {@code availability}, with the enclosing
 * {@code Product}'s {@code sku} and GTIN; a page with price properties but no offer scope
 * counts as one offer.
 */
final class MicrodataStrategy implements Strategy {

    @Override
    public Extraction.Method method() {
        return Extraction.Method.MICRODATA;
    }

    @Override
    public List<Extraction.Candidate> candidates(Document page, Extraction.Request request) {
        List<Extraction.Candidate> candidates = new ArrayList<>();
        Elements scopes = page.select("[itemtype*=schema.org/Offer], [itemtype*=schema.org/AggregateOffer]");
        if (scopes.isEmpty() && !page.select("[itemprop=price]").isEmpty()) {
            scopes = new Elements(page.body());
        }
        for (Element scope : scopes) {
            boolean aggregate = scope.attr("itemtype").contains("AggregateOffer");
            String amount = property(scope, aggregate ? "lowPrice" : "price");
            Money price = StructuredPrice.of(amount == null ? property(scope, "price") : amount, property(scope, "priceCurrency"),
                    request.currency());
            if (price == null) {
                continue;
            }
            Element product = scope.closest("[itemtype*=schema.org/Product]");
            String sku = first(property(scope, "sku"), product == null ? null : property(product, "sku"));
            String gtin = first(property(scope, "gtin13"), product == null ? null : first(property(product, "gtin13"), property(product, "gtin")));
            candidates.add(new Extraction.Candidate(Extraction.Method.MICRODATA, price, null,
                    AvailabilityWording.fromSchema(property(scope, "availability")), sku, gtin, aggregate));
        }
        return candidates;
    }

    /** An itemprop's value: {@code content}, then {@code href}, then the text. */
    private static String property(Element scope, String name) {
        Element element = scope.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        for (String attribute : List.of("content", "href", "value")) {
            if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                return element.attr(attribute).trim();
            }
        }
        String text = element.text().trim();
        return text.isEmpty() ? null : text;
    }

    private static String first(String preferred, String otherwise) {
        return preferred != null ? preferred : otherwise;
    }
}
