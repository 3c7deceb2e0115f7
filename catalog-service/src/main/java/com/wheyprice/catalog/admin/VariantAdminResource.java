package com.wheyprice.catalog.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.VariantEntry;
import com.wheyprice.catalog.product.ProductReadModels;

/** Variants of a product: flavour, pack size and protein per serving, which price per 100 g of protein is worked out from. */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/variants")
public class VariantAdminResource extends CatalogEntryResource<VariantEntry> {

    VariantAdminResource(EntryStore store) {
        super(store, new EntryKind<>("variants", CatalogWriter.VARIANTS, CatalogWriter::variant, CatalogWriter::columns,
                ProductReadModels.Dependents.VARIANT));
    }
}
