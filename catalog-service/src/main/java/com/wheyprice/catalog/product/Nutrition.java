package com.wheyprice.catalog.product;

import java.math.BigDecimal;

/**
 * What a pack holds, and the arithmetic of value: protein per pack and the price of 100 g of it,
 * in integer units so every engine computes the same number.
 */
public final class Nutrition {

    private Nutrition() {
    }

    /** Grams of protein in a pack, times 1000 (milligrams). */
    public static long proteinPerPackMg(int servingsPerPack, int proteinPerServingMg) {
        return (long) servingsPerPack * proteinPerServingMg;
    }

    /** Minor units for 100 g of protein: price × 100 000 / mg of protein per pack. */
    public static long pricePer100gProtein(long priceMinor, int servingsPerPack, int proteinPerServingMg) {
        return priceMinor * 100_000L / proteinPerPackMg(servingsPerPack, proteinPerServingMg);
    }

    /** The SQL expression of {@link #pricePer100gProtein}, for a listing {@code l} and variant {@code v}. */
    public static final String PER_100G_SQL = "(l.price_minor * 100000) / (v.servings_per_pack * v.protein_per_serving_mg)";

    /**
     * As {@link #PER_100G_SQL}, but counting the protein a lab measured where a lab test applies to
     * the variant (its own, its product's or its brand's: {@code vl}, the variant's row of
     * {@link VariantLabTests}, left joined), the label's figure scaled by tested / claimed, and the
     * label's figure elsewhere: a product that under-delivers ranks by what a shopper really gets.
     * A test that leaves less than a milligram per serving is not used, so the division never
     * meets zero.
     */
    public static final String PER_100G_LAB_TESTED_SQL = """
            (l.price_minor * 100000) / (v.servings_per_pack * CASE
                WHEN vl.claimed_protein_per_serving_mg > 0
                     AND v.protein_per_serving_mg * vl.tested_protein_per_serving_mg >= vl.claimed_protein_per_serving_mg
                THEN v.protein_per_serving_mg * vl.tested_protein_per_serving_mg / vl.claimed_protein_per_serving_mg
                ELSE v.protein_per_serving_mg END)""";

    /** The join that {@link #PER_100G_LAB_TESTED_SQL} reads, for a variant {@code v}. */
    public static final String LAB_TEST_JOIN = "LEFT JOIN catalog_variant_lab vl ON vl.variant_id = v.id";

    /** The discount a listing {@code l} claims off its list price, in basis points; 0 without a higher list price. */
    public static final String DISCOUNT_BP_SQL = discountBasisPointsSql("l.list_price_minor");

    /**
     * The real discount of a listing {@code l}, off its typical price, in basis points, as
     * {@link com.wheyprice.catalog.price.PriceReference#discountBasisPoints} computes it; 0 without a higher typical price.
     */
    public static final String REAL_DISCOUNT_BP_SQL = discountBasisPointsSql("l.typical_price_minor");

    private static String discountBasisPointsSql(String reference) {
        return "CASE WHEN %1$s > l.price_minor THEN ((%1$s - l.price_minor) * 10000) / %1$s ELSE 0 END".formatted(reference);
    }

    /** Milligrams as grams with up to three decimals, trailing zeros dropped. */
    public static BigDecimal grams(long milligrams) {
        return BigDecimal.valueOf(milligrams, 3).stripTrailingZeros();
    }

    /** Minor units per serving. */
    public static long pricePerServing(long priceMinor, int servingsPerPack) {
        return priceMinor / servingsPerPack;
    }
}
