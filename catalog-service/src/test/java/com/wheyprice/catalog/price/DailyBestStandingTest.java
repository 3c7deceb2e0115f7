package com.wheyprice.catalog.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.wheyprice.catalog.price.DailyBestStanding.DailyLow;
import com.wheyprice.catalog.price.DailyBestStanding.Standing;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The good-price verdict a shopper reads on a variant's history, over constructed histories: one
 * cheapest retailer's daily lows over the days before today, and what other retailers add.
 */
class DailyBestStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** The lows as one listing's days, the last of them yesterday. */
    private static List<DailyLow> days(List<Long> lows) {
        List<DailyLow> days = new ArrayList<>();
        for (int i = 0; i < lows.size(); i++) {
            days.add(new DailyLow(TODAY.minusDays(lows.size() - i), lows.get(i)));
        }
        return days;
    }

    @Property
    void aRetailerThatIsAlwaysDearerChangesNothing(@ForAll @Size(min = 1, max = 90) List<@LongRange(min = 1, max = 1_000_000) Long> cheapest,
            @ForAll @LongRange(min = 1, max = 1_000_000) long price, @ForAll @IntRange(min = 0, max = 1_000_000) int markup,
            @ForAll @IntRange(min = 1, max = 5) int observationsPerDay) {
        long dearer = Collections.max(cheapest) + markup;
        List<DailyLow> withDearShop = new ArrayList<>(days(cheapest));
        for (int i = 0; i < observationsPerDay; i++) {
            withDearShop.addAll(days(Collections.nCopies(cheapest.size(), dearer)));
        }

        assertThat(DailyBestStanding.of(price, withDearShop, TODAY)).isEqualTo(DailyBestStanding.of(price, days(cheapest), TODAY));
    }

    @Property
    void aNewAllTimeLowIsAGoodPrice(@ForAll @Size(min = 1, max = 90) List<@LongRange(min = 2, max = 1_000_000) Long> cheapest,
            @ForAll @LongRange(min = 1, max = 1_000_000) long below) {
        long price = Math.max(1, Collections.min(cheapest) - below);

        assertThat(DailyBestStanding.of(price, days(cheapest), TODAY)).isEqualTo(new Standing(0, true));
    }

    @Property
    void aPriceAtTheMedianIsNotAGoodPrice(@ForAll @Size(min = 1, max = 90) List<@LongRange(min = 1, max = 1_000_000) Long> cheapest) {
        List<Long> sorted = new ArrayList<>(cheapest);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);

        Standing standing = DailyBestStanding.of(median, days(cheapest), TODAY);

        assertThat(standing.good()).isFalse();
        assertThat(standing.percentile()).isBetween(25, 100);
    }

    @Property
    void aDearerPriceNeverStandsLower(@ForAll @Size(min = 1, max = 90) List<@LongRange(min = 1, max = 1_000_000) Long> cheapest,
            @ForAll @LongRange(min = 1, max = 1_000_000) long price, @ForAll @LongRange(min = 0, max = 1_000) long more) {
        assertThat(DailyBestStanding.of(price + more, days(cheapest), TODAY).percentile())
                .isGreaterThanOrEqualTo(DailyBestStanding.of(price, days(cheapest), TODAY).percentile());
    }

    @Example
    void aPriceThatNeverMovedStandsAtTheMiddleNotAtTheBottom() {
        assertThat(DailyBestStanding.of(2_000L, days(Collections.nCopies(30, 2_000L)), TODAY)).isEqualTo(new Standing(50, false));
    }

    @Example
    void todayAndDaysBeyondTheWindowAreLeftOut() {
        List<DailyLow> lows = List.of(new DailyLow(TODAY, 100), new DailyLow(TODAY.minusDays(DailyBestStanding.DAYS + 1), 100),
                new DailyLow(TODAY.minusDays(DailyBestStanding.DAYS), 5_000), new DailyLow(TODAY.minusDays(1), 3_000));

        assertThat(DailyBestStanding.of(1_000L, lows, TODAY)).isEqualTo(new Standing(0, true));
    }

    @Example
    void withoutAnEarlierDayOrAPriceThereIsNoClaim() {
        assertThat(DailyBestStanding.of(1_000L, List.of(new DailyLow(TODAY, 900)), TODAY)).isEqualTo(new Standing(null, false));
        assertThat(DailyBestStanding.of(null, days(List.of(900L)), TODAY)).isEqualTo(new Standing(null, false));
    }
}
