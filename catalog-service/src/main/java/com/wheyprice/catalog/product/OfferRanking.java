package com.wheyprice.catalog.product;

/**
 * The ways a search ranks a product's offers to pick the one it shows, each kept as its own row
 * of the best-offer read model. The rank key orders products ascending; the biggest discount
 * comes first because its key is the discount negated.
 */
public enum OfferRanking {
    PRICE("price_minor, listing_id", "price_minor"),
    /** The biggest real discount, off the listing's typical price, not the one claimed off a list price. */
    DISCOUNT("real_discount_bp DESC, price_minor, listing_id", "-real_discount_bp"),
    PRICE_PER_100G_LABEL("per100_label_minor, listing_id", "per100_label_minor"),
    PRICE_PER_100G_LAB_TESTED("per100_lab_minor, listing_id", "per100_lab_minor");

    private final String offerOrder;
    private final String rankKey;

    OfferRanking(String offerOrder, String rankKey) {
        this.offerOrder = offerOrder;
        this.rankKey = rankKey;
    }

    /** How a product's offers are ordered, best first, over the columns of the read model. */
    public String offerOrder() {
        return offerOrder;
    }

    /** The expression of the product's sort key, over the columns of the read model. */
    public String rankKey() {
        return rankKey;
    }
}
