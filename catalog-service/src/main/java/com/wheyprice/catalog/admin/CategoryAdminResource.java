package com.wheyprice.catalog.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.CategoryEntry;
import com.wheyprice.catalog.product.ProductReadModels;

/** Categories products are filed under (whey, isolate, …). */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/categories")
public class CategoryAdminResource extends CatalogEntryResource<CategoryEntry> {

    CategoryAdminResource(EntryStore store) {
        super(store, new EntryKind<>("categories", CatalogWriter.CATEGORIES, CatalogWriter::category, CatalogWriter::columns,
                ProductReadModels.Dependents.CATEGORY));
    }
}
