package com.wheyprice.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.catalog.api.CatalogEntries.BrandEntry;
import com.wheyprice.catalog.api.CatalogEntries.CategoryEntry;
import com.wheyprice.catalog.api.CatalogEntries.ListingEntry;
import com.wheyprice.catalog.api.CatalogEntries.ProductEntry;
import com.wheyprice.catalog.api.CatalogEntries.RetailerEntry;
import com.wheyprice.catalog.api.CatalogEntries.VariantEntry;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/** A listing of a test's own: its own brand, product, single variant and retailer, due now; and more retailers for that variant. */
final class TestListings {

    /** The new listing and its variant. */
    record Created(UUID listing, UUID variant) {
    }

    private TestListings() {
    }

    static Created create(Database database, CatalogWriter writer, Clock clock) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return database.inTransaction(tx -> writer.brand(tx, new BrandEntry("brand-" + unique, "Brand " + unique, "IN", null,
                        null, null, null, null, null, null, null))
                .chain(brand -> writer.category(tx, new CategoryEntry("cat-" + unique, "Cat " + unique)).chain(category -> writer.product(tx,
                        new ProductEntry("product-" + unique, brand, category, "Product " + unique, ProteinType.ISOLATE, null, null))))
                .chain(product -> writer.variant(tx, new VariantEntry(product, "Chocolate", 1000, 33, 25_000, null, null)))
                .chain(variant -> listingAtANewRetailer(tx, writer, clock, variant, unique).map(listing -> new Created(listing, variant))))
                .await().atMost(Duration.ofSeconds(10));
    }

    /** Another listing of the same variant, on a retailer of its own, due now. */
    static UUID anotherRetailer(Database database, CatalogWriter writer, Clock clock, UUID variant) {
        return database.inTransaction(tx -> listingAtANewRetailer(tx, writer, clock, variant, UUID.randomUUID().toString().substring(0, 8)))
                .await().atMost(Duration.ofSeconds(10));
    }

    private static Uni<UUID> listingAtANewRetailer(SqlSession tx, CatalogWriter writer, Clock clock, UUID variant, String unique) {
        return writer.retailer(tx, new RetailerEntry("shop-" + unique, "Shop " + unique, "http://shop-" + unique,
                        "shop-" + unique + ".test", "IN", "INR", true, null, null, null, 12, 30, null))
                .chain(retailer -> writer.listing(tx, new ListingEntry(variant, retailer, "http://shop-" + unique + "/p",
                        null, clock.instant().minusSeconds(60), true)));
    }
}
