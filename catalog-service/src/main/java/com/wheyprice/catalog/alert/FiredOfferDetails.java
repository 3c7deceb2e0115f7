package com.wheyprice.catalog.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.product.Nutrition;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The offer a fired alert tells its owner about, read in the transaction that fires it, so the
 * message shows the offer as it was at that moment: names, list price, price per 100 g of
 * protein, the variant's lowest daily price over the last 90 days (from the daily rollup), and
 * what the listing's discount is judged against (its typical price, an inflated list price).
 */
@ApplicationScoped
class FiredOfferDetails {

    private static final int LOOKBACK_DAYS = 90;

    Uni<AlertFired.Details> of(SqlSession tx, UUID listingId, long priceMinor, String currency, Instant now) {
        String since = now.atZone(ZoneOffset.UTC).toLocalDate().minus(LOOKBACK_DAYS, ChronoUnit.DAYS).toString();
        return tx.first("""
                SELECT p.name AS product, b.name AS brand, v.flavour, v.pack_size_g, v.servings_per_pack, v.protein_per_serving_mg,
                       r.name AS retailer, l.list_price_minor, l.typical_price_minor, l.list_price_inflated,
                       (SELECT MIN(d.low) FROM catalog_price_daily d JOIN catalog_listing dl ON dl.id = d.listing_id
                         WHERE dl.variant_id = v.id AND d.currency = $2 AND d.day >= $3) AS lowest_90
                  FROM catalog_listing l
                  JOIN catalog_variant v ON v.id = l.variant_id
                  JOIN catalog_product p ON p.id = v.product_id
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.id = $1""", row -> details(row, priceMinor, currency), listingId, currency, since);
    }

    private static AlertFired.Details details(Row row, long priceMinor, String currency) {
        int servings = (int) Rows.count(row, "servings_per_pack");
        int proteinMg = (int) Rows.count(row, "protein_per_serving_mg");
        Long listPrice = Rows.longValue(row, "list_price_minor");
        Long lowest = Rows.longValue(row, "lowest_90");
        return new AlertFired.Details(row.getString("product"), row.getString("brand"), row.getString("flavour"),
                (int) Rows.count(row, "pack_size_g"), row.getString("retailer"), money(listPrice, currency),
                servings > 0 && proteinMg > 0 ? new Money(Nutrition.pricePer100gProtein(priceMinor, servings, proteinMg), currency) : null,
                money(lowest == null ? null : Math.min(lowest, priceMinor), currency), money(Rows.longValue(row, "typical_price_minor"), currency),
                Boolean.TRUE.equals(Rows.bool(row, "list_price_inflated")));
    }

    private static Money money(Long amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
