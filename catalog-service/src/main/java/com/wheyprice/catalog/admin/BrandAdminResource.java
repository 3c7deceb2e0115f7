package com.wheyprice.catalog.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.BrandEntry;
import com.wheyprice.catalog.product.ProductReadModels;

/** Brands, each with its lab-test figures. */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/brands")
public class BrandAdminResource extends CatalogEntryResource<BrandEntry> {

    BrandAdminResource(EntryStore store) {
        super(store, new EntryKind<>("brands", CatalogWriter.BRANDS, CatalogWriter::brand, CatalogWriter::columns,
                ProductReadModels.Dependents.BRAND));
    }

    @Override
    protected void check(BrandEntry brand) {
        EntryChecks.country(brand.country(), "country");
    }
}
