package com.wheyprice.catalog.product;

import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.catalog.search.TextQuery;
import com.wheyprice.common.paging.Cursor;

/**
 * A product search: filters, the order, and where the page starts. Prices are compared in one
 * currency; a product is ranked by its best offer in that currency.
 *
 * @param text                        the words the products must hold; {@code null} for no text
 * @param maxPricePer100gProteinMinor the most, in minor units, that 100 g of protein may cost
 * @param proteinBasis                which protein figure the price of 100 g is computed from
 */
public record ProductSearch(TextQuery text, String brand, String category, ProteinType proteinType, String flavour, Integer minSizeG,
        Integer maxSizeG, boolean inStockOnly, Long maxPricePer100gProteinMinor, String currency, Sort sort, Cursor after, int limit,
        ProteinBasis proteinBasis) {

    /** The protein a price per 100 g counts: the label's, or, where the brand has a lab test, what the lab measured. */
    public enum ProteinBasis {
        LABEL(Nutrition.PER_100G_SQL, OfferRanking.PRICE_PER_100G_LABEL, "per100_label_minor"),
        LAB_TESTED(Nutrition.PER_100G_LAB_TESTED_SQL, OfferRanking.PRICE_PER_100G_LAB_TESTED, "per100_lab_minor");

        private final String sql;
        private final OfferRanking ranking;
        private final String bestOfferColumn;

        ProteinBasis(String sql, OfferRanking ranking, String bestOfferColumn) {
            this.sql = sql;
            this.ranking = ranking;
            this.bestOfferColumn = bestOfferColumn;
        }

        /** The column of the best-offer read model that holds the price of 100 g of protein on this basis. */
        public String bestOfferColumn() {
            return bestOfferColumn;
        }

        /** The SQL of the price of 100 g of protein on this basis. */
        public String per100gSql() {
            return sql;
        }
    }

    /** The orders a search can be sorted in. */
    public enum Sort {
        NAME,
        PRICE,
        PRICE_PER_100G_PROTEIN,
        DISCOUNT,
        /** How well the product matches the search text, then its best offer's price of 100 g of protein. */
        RELEVANCE;

        /** Best discount first, most relevant first; everything else ascending. */
        public boolean descending() {
            return this == DISCOUNT || this == RELEVANCE;
        }

        /** Whether products are ordered by their best offer's rank key in the read model. */
        public boolean ranked() {
            return this == PRICE || this == PRICE_PER_100G_PROTEIN || this == DISCOUNT;
        }

        /** Whether only products with an offer can take part. */
        public boolean needsOffer() {
            return ranked();
        }
    }

    /** How a product's offers are ranked to pick the one this search shows and sorts by. */
    public OfferRanking ranking() {
        return switch (sort) {
            case PRICE -> OfferRanking.PRICE;
            case DISCOUNT -> OfferRanking.DISCOUNT;
            case NAME, PRICE_PER_100G_PROTEIN, RELEVANCE -> proteinBasis.ranking;
        };
    }

    /**
     * Whether the search narrows the offers to some variants (flavour, pack size): the best-offer
     * read model keeps a product's best over all its variants, so such a search ranks the offers itself.
     */
    public boolean narrowsVariants() {
        return flavour != null || minSizeG != null || maxSizeG != null;
    }

    /** Whether a product needs a matching offer to appear at all. */
    public boolean needsOffer() {
        return sort.needsOffer() || inStockOnly || maxPricePer100gProteinMinor != null || flavour != null || minSizeG != null
                || maxSizeG != null;
    }
}
