package com.wheyprice.catalog.quarantine;

import java.util.List;
import java.util.Optional;

import com.wheyprice.catalog.api.QuarantinedPrice.Reason;
import com.wheyprice.catalog.config.CatalogConfig;

/**
 * When a scraped price is too unlike the listing's recent prices to become its offer unseen: in
 * another currency than the retailer's; close to a typical slip of scale of the recent median (a
 * lost decimal point, a price per 100 g read as the pack's); or outside the configured shares of
 * that median. Without a recent median only the currency is judged.
 */
public record OutlierRules(int belowPercent, int abovePercent, List<Double> scaleSlips, int slipTolerancePercent, int consistentPercent) {

    public static OutlierRules of(CatalogConfig.Quarantine config) {
        return new OutlierRules(config.belowPercent(), config.abovePercent(), config.scaleSlips(), config.slipTolerancePercent(),
                config.consistentPercent());
    }

    /**
     * Why {@code price} is held back, or empty when it may be taken. A slip of scale is judged
     * against the median and against the listing's current offer {@code offer} (null without one
     * in this currency), since a lost decimal point divides the last price the shop showed.
     */
    public Optional<Reason> judge(long price, String currency, String retailerCurrency, Long median, Long offer) {
        if (retailerCurrency != null && !retailerCurrency.equals(currency)) {
            return Optional.of(Reason.CURRENCY);
        }
        if (median == null || median <= 0) {
            return Optional.empty();
        }
        double ratio = (double) price / median;
        if (slipOf(ratio) || offer != null && offer > 0 && slipOf((double) price / offer)) {
            return Optional.of(Reason.SCALE_SLIP);
        }
        if (ratio * 100 < belowPercent) {
            return Optional.of(Reason.TOO_LOW);
        }
        if (ratio * 100 > abovePercent) {
            return Optional.of(Reason.TOO_HIGH);
        }
        return Optional.empty();
    }

    private boolean slipOf(double ratio) {
        return scaleSlips.stream().anyMatch(slip -> Math.abs(ratio / slip - 1) * 100 <= slipTolerancePercent);
    }

    /** Whether a later price {@code price} repeats the held-back {@code held}, within the consistency share. */
    public boolean consistent(long price, long held) {
        return Math.abs(price - held) * 100 <= (long) held * consistentPercent;
    }
}
