package com.wheyprice.catalog.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.ListingEntry;
import com.wheyprice.catalog.discovery.ProductUrlPolicy;
import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.common.error.ProblemException;

/** Listings: a variant's product page at one retailer, which the scraper reads. */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/listings")
public class ListingAdminResource extends CatalogEntryResource<ListingEntry> {

    private final ProductUrlPolicy urls;

    ListingAdminResource(EntryStore store, ProductUrlPolicy urls) {
        super(store, new EntryKind<>("listings", CatalogWriter.LISTINGS, CatalogWriter::listing, CatalogWriter::columns,
                ProductReadModels.Dependents.LISTING));
        this.urls = urls;
    }

    /** The page must be one the scraper may fetch: http(s) on a public address, never this machine or a private network. */
    @Override
    protected void check(ListingEntry listing) {
        try {
            urls.check(listing.url());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("url", e.getMessage());
        }
    }
}
