package com.wheyprice.catalog.price;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a price is a good one, judged against what a shopper could have paid on each of the
 * last {@value #DAYS} days: the variant's daily best, the lowest price at any retailer that day.
 * Judged instead against every retailer's every price, a shop that always charges double would
 * fill the pool with dear prices and make any price look cheap.
 * <p>
 * The standing is the percentile rank of the price among those daily bests: days that were
 * cheaper count whole, days at the same price count half (so a price that never moves stands at
 * 50, not 0). Today is left out, so a price is compared with the days before it, and a new
 * all-time low stands at 0 however short the history. A price at or below the
 * {@value #GOOD_PERCENTILE}th percentile is a good one; without any earlier day there is no
 * standing and no claim that it is good.
 */
public final class DailyBestStanding {

    /** How many days before today the pool covers. */
    public static final int DAYS = 90;

    /** A price at or below this percentile of the daily bests is a good one. */
    public static final int GOOD_PERCENTILE = 20;

    /** One listing's lowest price on one UTC day. */
    public record DailyLow(LocalDate day, long low) {
    }

    /** The price's percentile rank (0–100), or null without earlier days; and whether that is a good price. */
    public record Standing(Integer percentile, boolean good) {

        static final Standing NONE = new Standing(null, false);
    }

    private DailyBestStanding() {
    }

    /** Where {@code price} stands among the daily bests of {@code lows} (any listings, any days) in the {@value #DAYS} days before {@code today}. */
    public static Standing of(Long price, Collection<DailyLow> lows, LocalDate today) {
        if (price == null) {
            return Standing.NONE;
        }
        LocalDate first = today.minusDays(DAYS);
        Map<LocalDate, Long> bests = new HashMap<>();
        for (DailyLow low : lows) {
            if (!low.day().isBefore(first) && low.day().isBefore(today)) {
                bests.merge(low.day(), low.low(), Math::min);
            }
        }
        if (bests.isEmpty()) {
            return Standing.NONE;
        }
        long cheaper = bests.values().stream().filter(best -> best < price).count();
        long same = bests.values().stream().filter(best -> best.longValue() == price).count();
        int percentile = (int) ((2 * cheaper + same) * 100 / (2L * bests.size()));
        return new Standing(percentile, percentile <= GOOD_PERCENTILE);
    }
}
