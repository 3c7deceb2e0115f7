package com.wheyprice.catalog.price;

import java.util.List;

/**
 * What a listing's offer is judged against, so a discount means what a shopper takes it to mean:
 * its typical price (the median of its own daily closing prices before the offer's day), and
 * whether its list price was raised shortly before a "sale" that only brings the old price back.
 * The arithmetic is here, free of storage, and mirrored in SQL by the best-offer ranking.
 *
 * @param typicalMinor      the listing's typical price, null without earlier days
 * @param listPriceInflated whether the list price the claimed discount is taken off was inflated
 */
public record PriceReference(Long typicalMinor, boolean listPriceInflated) {

    /** The median of ascending {@code sorted} prices (the mean of the two middle ones for an even count), or null when empty. */
    public static Long median(List<Long> sorted) {
        return sorted.isEmpty() ? null : (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** How far {@code price} is below {@code reference}, in basis points; 0 when it is not below or there is no reference. */
    public static int discountBasisPoints(long price, Long reference) {
        return reference == null || reference <= price ? 0 : (int) ((reference - price) * 10_000 / reference);
    }

    /**
     * Whether the list price {@code list} was inflated: it is above {@code earlierLowestList}, the
     * lowest list price of the window before (so it was raised within it), while {@code price} is
     * no more than {@code tolerancePercent} below that old list price, so the "sale" sells at
     * about what the shop asked before the raise.
     */
    public static boolean inflated(long price, Long list, Long earlierLowestList, int tolerancePercent) {
        return list != null && earlierLowestList != null && list > earlierLowestList
                && price * 100 >= earlierLowestList * (100L - tolerancePercent);
    }
}
