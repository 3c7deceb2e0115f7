package com.wheyprice.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.common.contract.CatalogEntries;
import com.wheyprice.common.contract.ProteinType;
import com.wheyprice.common.db.Database;

/** A listing of a test's own: its own brand, product, single variant and retailer, due now. */
final class TestListings {

    /** The new listing and its variant. */
    record Created(UUID listing, UUID variant) {
    }

    private TestListings() {
    }

    static Created create(Database database, CatalogWriter writer) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return database.inTransaction(tx -> writer.brand(tx, new CatalogEntries.BrandEntry("brand-" + unique, "Brand " + unique, "IN", null,
                        null, null, null, null, null))
                .chain(brand -> writer.category(tx, "cat-" + unique, "Cat " + unique).chain(category -> writer.product(tx,
                        new CatalogEntries.ProductEntry("product-" + unique, brand, category, "Product " + unique, ProteinType.ISOLATE, null, null))))
                .chain(product -> writer.variant(tx, new CatalogEntries.VariantEntry(product, "Chocolate", 1000, 33, 25_000, null, null)))
                .chain(variant -> writer.retailer(tx, new CatalogEntries.RetailerEntry("shop-" + unique, "Shop " + unique, "http://shop-" + unique,
                                "shop-" + unique + ".test", "IN", "INR", true, null, null, null, 12, 30, null))
                        .chain(retailer -> writer.listing(tx, new CatalogEntries.ListingEntry(variant, retailer, "http://shop-" + unique + "/p",
                                null, Instant.now().minusSeconds(60), true)))
                        .map(listing -> new Created(listing, variant))))
                .await().atMost(Duration.ofSeconds(10));
    }
}
