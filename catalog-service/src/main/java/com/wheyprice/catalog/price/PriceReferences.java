package com.wheyprice.catalog.price;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Keeps each listing's {@link PriceReference} beside its offer, in the transaction that moves the
 * offer, so searches sort by the real discount through the best-offer read model and every page,
 * alert and e-mail shows the same figures. Both are functions of the listing's history up to its
 * offer alone, so a rebuild from the same history gives the same figures.
 */
@ApplicationScoped
public class PriceReferences {

    private final CatalogConfig.Discount config;

    PriceReferences(CatalogConfig config) {
        this.config = config.discount();
    }

    /** Recomputes the reference of the listing's current offer and stores it on the listing; nothing for a listing without a price. */
    public Uni<Void> refresh(SqlSession tx, UUID listingId) {
        return tx.first("SELECT price_minor, list_price_minor, currency, observed_at FROM catalog_listing WHERE id = $1", row -> row, listingId)
                .chain(offer -> offer == null || Rows.longValue(offer, "price_minor") == null || Rows.instant(offer, "observed_at") == null
                        ? Uni.createFrom().voidItem()
                        : of(tx, listingId, offer).chain(reference -> tx.update(
                                "UPDATE catalog_listing SET typical_price_minor = $2, list_price_inflated = $3 WHERE id = $1", listingId,
                                reference.typicalMinor(), reference.listPriceInflated())).replaceWithVoid());
    }

    private Uni<PriceReference> of(SqlSession tx, UUID listingId, Row offer) {
        String currency = offer.getString("currency");
        Instant at = Rows.instant(offer, "observed_at");
        LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
        long price = Rows.count(offer, "price_minor");
        Long list = Rows.longValue(offer, "list_price_minor");
        Uni<Long> typical = tx.list("""
                SELECT last_price FROM catalog_price_daily
                 WHERE listing_id = $1 AND currency = $2 AND day >= $3 AND day < $4
                 ORDER BY last_price""", row -> Rows.count(row, "last_price"), listingId, currency,
                        day.minusDays(config.window().toDays()).toString(), day.toString())
                .map(PriceReference::median);
        Uni<Long> earlierLowestList = tx.first("""
                SELECT MIN(list_price_minor) AS low FROM catalog_price_observation
                 WHERE listing_id = $1 AND currency = $2 AND observed_at >= $3 AND observed_at < $4""",
                row -> Rows.longValue(row, "low"), listingId, currency, at.minus(config.listRaiseWindow()), at);
        return typical.chain(median -> earlierLowestList.map(lowestList -> new PriceReference(median,
                PriceReference.inflated(price, list, lowestList, config.listRaiseTolerancePercent()))));
    }
}
