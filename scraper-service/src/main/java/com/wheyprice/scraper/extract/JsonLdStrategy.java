package com.wheyprice.scraper.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * schema.org JSON-LD: {@code Product} and {@code ProductGroup} (with {@code hasVariant}) anywhere
 * in the page's blocks, {@code @graph}s and arrays, with {@code Offer}s (price or
 * {@code priceSpecification}, list price from a {@code ListPrice}/{@code StrikethroughPrice}
 * specification) and {@code AggregateOffer}s (their low price, flagged as a "from" price). A
 * malformed block is skipped, not fatal.
 */
final class JsonLdStrategy implements Strategy {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Extraction.Method method() {
        return Extraction.Method.JSON_LD;
    }

    @Override
    public List<Extraction.Candidate> candidates(Document page, Extraction.Request request) {
        List<Extraction.Candidate> candidates = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                walk(JSON.readTree(script.data()), request, candidates);
            } catch (IOException malformed) {
                // another block, or another strategy, may still say what the price is
            }
        }
        return candidates;
    }

    private void walk(JsonNode node, Extraction.Request request, List<Extraction.Candidate> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> walk(child, request, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isType(node, "Product") || isType(node, "ProductGroup") || isType(node, "IndividualProduct")) {
            product(node, request, out);
            walk(node.get("hasVariant"), request, out);
            return;
        }
        walk(node.get("@graph"), request, out);
        walk(node.get("mainEntity"), request, out);
        walk(node.get("itemListElement"), request, out);
        walk(node.get("item"), request, out);
    }

    private void product(JsonNode product, Extraction.Request request, List<Extraction.Candidate> out) {
        offers(product.get("offers"), text(product, "sku"), gtin(product), request, out);
    }

    private void offers(JsonNode offers, String productSku, String productGtin, Extraction.Request request,
            List<Extraction.Candidate> out) {
        if (offers == null) {
            return;
        }
        if (offers.isArray()) {
            offers.forEach(offer -> offers(offer, productSku, productGtin, request, out));
            return;
        }
        String sku = first(text(offers, "sku"), productSku);
        String gtin = first(gtin(offers), productGtin);
        Availability availability = AvailabilityWording.fromSchema(text(offers, "availability"));
        if (isType(offers, "AggregateOffer")) {
            Money low = StructuredPrice.of(first(text(offers, "lowPrice"), text(offers, "price")), text(offers, "priceCurrency"),
                    request.currency());
            String high = text(offers, "highPrice");
            if (low != null) {
                boolean range = high != null && !high.equals(text(offers, "lowPrice"));
                out.add(new Extraction.Candidate(Extraction.Method.JSON_LD, low, null, availability, sku, gtin, range));
            }
            if (low == null) {
                offers(offers.get("offers"), sku, gtin, request, out);
            }
            return;
        }
        Money price = StructuredPrice.of(text(offers, "price"), text(offers, "priceCurrency"), request.currency());
        Money listPrice = null;
        JsonNode specifications = offers.get("priceSpecification");
        if (specifications != null) {
            for (JsonNode specification : specifications.isArray() ? specifications : List.of(specifications)) {
                Money value = StructuredPrice.of(text(specification, "price"), first(text(specification, "priceCurrency"),
                        text(offers, "priceCurrency")), request.currency());
                String type = text(specification, "priceType");
                if (type != null && (type.endsWith("ListPrice") || type.endsWith("StrikethroughPrice") || type.endsWith("MSRP"))) {
                    listPrice = value;
                } else if (price == null) {
                    price = value;
                }
            }
        }
        if (price != null) {
            out.add(new Extraction.Candidate(Extraction.Method.JSON_LD, price, listPrice, availability, sku, gtin, false));
        }
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode types = node.get("@type");
        if (types == null) {
            return false;
        }
        for (JsonNode value : types.isArray() ? types : List.of(types)) {
            String name = value.asText();
            if (name.equals(type) || name.endsWith("/" + type)) {
                return true;
            }
        }
        return false;
    }

    private static String gtin(JsonNode node) {
        for (String field : List.of("gtin13", "gtin", "gtin14", "gtin12", "gtin8")) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return value != null && value.isObject() && value.has("@id") ? value.get("@id").asText() : null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static String first(String preferred, String otherwise) {
        return preferred != null ? preferred : otherwise;
    }
}
