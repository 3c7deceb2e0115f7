package com.wheyprice.catalog.product;

import com.wheyprice.common.paging.Cursor;

/**
 * A product search: filters, the order, and where the page starts. Prices are compared in one
 * currency; a product is ranked by its best offer in that currency.
 *
 * @param maxPricePer100gProteinMinor the most, in minor units, that 100 g of protein may cost
 */
public record ProductSearch(String text, String brand, String category, ProteinType proteinType, String flavour, Integer minSizeG,
        Integer maxSizeG, boolean inStockOnly, Long maxPricePer100gProteinMinor, String currency, Sort sort, Cursor after, int limit) {

    public static final int MAX_LIMIT = 100;

    /** The orders a search can be sorted in, each with the SQL of its key. */
    public enum Sort {
        NAME("p.name", true),
        PRICE("o.price_minor", false),
        PRICE_PER_100G_PROTEIN("o.per100", false),
        DISCOUNT("o.discount_bp", false);

        private final String key;
        private final boolean text;

        Sort(String key, boolean text) {
            this.key = key;
            this.text = text;
        }

        /** The sort key in the outer query. */
        public String key() {
            return key;
        }

        /** Whether the key is text (compared as text in the cursor), else a whole number. */
        public boolean text() {
            return text;
        }

        /** Best discount first; everything else ascending. */
        public boolean descending() {
            return this == DISCOUNT;
        }

        /** Whether only products with an offer can take part. */
        public boolean needsOffer() {
            return this != NAME;
        }
    }

    /** Whether a product needs a matching offer to appear at all. */
    public boolean needsOffer() {
        return sort.needsOffer() || inStockOnly || maxPricePer100gProteinMinor != null || flavour != null || minSizeG != null
                || maxSizeG != null;
    }
}
