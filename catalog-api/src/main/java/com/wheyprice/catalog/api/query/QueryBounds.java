package com.wheyprice.catalog.api.query;

/** Limits and wording the catalog's query beans share. */
public final class QueryBounds {

    /** Longest search text, in characters. */
    public static final int MAX_TEXT = 200;
    /** Most items a page holds. */
    public static final int MAX_PAGE_SIZE = 100;
    /** {@link #MAX_PAGE_SIZE} as the OpenAPI annotations take it. */
    public static final String MAX_PAGE = "" + MAX_PAGE_SIZE;
    public static final String CURRENCY = "ISO 4217 code of the prices compared (default INR)";
    public static final String CURRENCY_PATTERN = "^[A-Za-z]{3}$";
    public static final String AFTER = "the previous page's next cursor";
    public static final String PROTEIN = "which protein figure the price of 100 g counts: the label's, or the lab-tested one (the label's"
            + " scaled by tested / claimed from the variant's own lab test, else its product's, else its brand's; bestOffer.labTestScope"
            + " says which, and products without any test count their label)";
    public static final String LABEL = "label";
    public static final String LAB_TESTED = "lab-tested";

    private QueryBounds() {
    }
}
