package com.wheyprice.api.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.wheyprice.catalog.api.CatalogEntries;

/**
 * The catalog entries as catalog-service answers them, for the API document: each kind's fields
 * plus what storing adds. SmallRye lists every class-level {@link Schema} among the document's
 * schemas, so {@link CatalogEntryPaths} can refer to them by name.
 */
final class CatalogEntrySchemas {

    private CatalogEntrySchemas() {
    }

    @Schema(name = "StoredBrand", allOf = { CatalogEntries.BrandEntry.class, CatalogEntries.Stored.class })
    interface StoredBrand {
    }

    @Schema(name = "StoredCategory", allOf = { CatalogEntries.CategoryEntry.class, CatalogEntries.Stored.class })
    interface StoredCategory {
    }

    @Schema(name = "StoredProduct", allOf = { CatalogEntries.ProductEntry.class, CatalogEntries.Stored.class })
    interface StoredProduct {
    }

    @Schema(name = "StoredVariant", allOf = { CatalogEntries.VariantEntry.class, CatalogEntries.Stored.class })
    interface StoredVariant {
    }

    @Schema(name = "StoredRetailer", allOf = { CatalogEntries.RetailerEntry.class, CatalogEntries.Stored.class })
    interface StoredRetailer {
    }

    @Schema(name = "StoredListing", allOf = { CatalogEntries.ListingEntry.class, CatalogEntries.Stored.class, CatalogEntries.ListingState.class })
    interface StoredListing {
    }
}
