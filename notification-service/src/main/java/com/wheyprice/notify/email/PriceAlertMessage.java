package com.wheyprice.notify.email;

import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.notify.delivery.Recipients;
import com.wheyprice.platform.api.Money;

/**
 * What a price alert e-mail says, worked out once for both its parts (text and HTML): the offer,
 * how it compares with the target, the list price with the discount it claims (and whether that
 * list price was just inflated), the real discount off the listing's typical price, the 90-day
 * low, and the links.
 *
 * @param buyUrl         the buy link through the platform ({@code /api/v1/go/…}), tagged as coming from an alert
 * @param unsubscribeUrl the one-click unsubscribe page for price alert e-mails
 */
public record PriceAlertMessage(String greeting, String product, String variant, String retailer, String price, String target, String listPrice,
        Integer discountPercent, boolean listPriceInflated, String typicalPrice, Integer realDiscountPercent, String pricePer100gProtein,
        String lowest90Days, String comparison, String buyUrl, String unsubscribeUrl) {

    public String subject() {
        return "Price alert: " + product + " is " + price + (retailer == null ? "" : " at " + retailer);
    }

    public static PriceAlertMessage of(AlertFired alert, String displayName, String buyUrl, String unsubscribeUrl) {
        AlertFired.Details details = alert.details();
        String product = details == null ? "A product you watch" : details.brand() + " " + details.product();
        String variant = details == null ? null : (details.flavour() == null ? "" : details.flavour() + ", ") + grams(details.packSizeG());
        Money listPrice = details == null ? null : details.listPrice();
        Money typical = details == null ? null : details.typicalPrice();
        Money lowest = details == null ? null : details.lowest90Days();
        return new PriceAlertMessage(Recipients.greeting(displayName), product, variant,
                details == null ? null : details.retailer(), alert.price().formatted(), alert.target().formatted(),
                listPrice == null ? null : listPrice.formatted(), percentBelow(alert.price(), listPrice),
                details != null && Boolean.TRUE.equals(details.listPriceInflated()), typical == null ? null : typical.formatted(),
                percentBelow(alert.price(), typical),
                details == null || details.pricePer100gProtein() == null ? null : details.pricePer100gProtein().formatted(),
                lowest == null ? null : lowest.formatted(), comparison(alert.price(), lowest), buyUrl, unsubscribeUrl);
    }

    /** How far {@code price} is below {@code reference} in whole percent; null when it is not below, or there is none. */
    private static Integer percentBelow(Money price, Money reference) {
        return reference == null || reference.amountMinor() <= price.amountMinor() ? null
                : (int) ((reference.amountMinor() - price.amountMinor()) * 100 / reference.amountMinor());
    }

    /** How today's price stands against the 90-day low, in words. */
    private static String comparison(Money price, Money lowest) {
        if (lowest == null) {
            return null;
        }
        if (price.amountMinor() <= lowest.amountMinor()) {
            return "the lowest price in 90 days";
        }
        long above = (price.amountMinor() - lowest.amountMinor()) * 100 / lowest.amountMinor();
        return above == 0 ? "within 1% of the 90-day low" : above + "% above the 90-day low of " + lowest.formatted();
    }

    private static String grams(int grams) {
        return grams >= 1000 && grams % 100 == 0 ? (grams / 1000.0 + " kg").replace(".0 kg", " kg") : grams + " g";
    }
}
