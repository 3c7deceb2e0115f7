package com.wheyprice.scraper.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * The extraction cascade: JSON-LD, then microdata, then meta tags, then the retailer's CSS
 * selectors; the first strategy that sees any offer decides. Offers for another SKU/GTIN than the
 * listing's are set aside; if distinct prices still remain the page is ambiguous and no price is
 * taken, because a guessed price is worse than none. A missing list price is looked for in
 * struck-through price elements, a missing availability in the page's out-of-stock wording.
 */
public final class Extractor {

    private static final List<Strategy> CASCADE = List.of(new JsonLdStrategy(), new MicrodataStrategy(), new MetaStrategy(),
            new SelectorStrategy());
    private static final String STRUCK_THROUGH = "del, s, strike, .was-price, .price-was, .old-price, .list-price, .mrp";

    private Extractor() {
    }

    public static Extraction extract(Extraction.Request request) {
        Document page = Jsoup.parse(request.html(), request.baseUrl() == null ? "" : request.baseUrl());
        List<Extraction.Candidate> seen = new ArrayList<>();
        for (Strategy strategy : CASCADE) {
            List<Extraction.Candidate> found = strategy.candidates(page, request);
            seen.addAll(found);
            if (found.isEmpty()) {
                continue;
            }
            List<Extraction.Candidate> matching = found.stream().filter(candidate -> candidate.matches(request.sku(), request.gtin())).toList();
            if (matching.isEmpty()) {
                return none(page, seen, "offers on the page are for other products than this listing's SKU/GTIN");
            }
            Set<Money> prices = new LinkedHashSet<>(matching.stream().map(Extraction.Candidate::price).toList());
            if (prices.size() > 1) {
                return none(page, seen, "the page shows " + prices.size() + " different prices and none is marked as this listing's");
            }
            Extraction.Candidate chosen = matching.get(0);
            Money listPrice = chosen.listPrice() != null ? chosen.listPrice() : struckThrough(page, chosen.price());
            Availability availability = chosen.availability() != Availability.UNKNOWN ? chosen.availability() : wording(page);
            return new Extraction(chosen.price(), listPrice, availability, strategy.method(), chosen.fromPrice(), null, List.copyOf(seen));
        }
        return none(page, seen, "no price found: no structured offer, no price meta tag, and no configured selector matched");
    }

    private static Extraction none(Document page, List<Extraction.Candidate> seen, String problem) {
        return new Extraction(null, null, wording(page), Extraction.Method.NONE, false, problem, List.copyOf(seen));
    }

    private static Availability wording(Document page) {
        return AvailabilityWording.fromWording(page.body() == null ? null : page.body().text());
    }

    /** A struck-through price in the same currency above the price, as shops show a list price next to a sale price. */
    private static Money struckThrough(Document page, Money price) {
        for (Element element : page.select(STRUCK_THROUGH)) {
            Money candidate = MoneyParser.parse(element.text(), price.currency())
                    .map(MoneyParser.Parsed::money).orElse(null);
            if (candidate != null && candidate.currency().equals(price.currency()) && candidate.amountMinor() > price.amountMinor()) {
                return candidate;
            }
        }
        return null;
    }
}
