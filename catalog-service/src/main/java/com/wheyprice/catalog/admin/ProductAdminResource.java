package com.wheyprice.catalog.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.ProductEntry;
import com.wheyprice.catalog.product.ProductReadModels;

/** Products: one brand's product in one category. */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/products")
public class ProductAdminResource extends CatalogEntryResource<ProductEntry> {

    ProductAdminResource(EntryStore store) {
        super(store, new EntryKind<>("products", CatalogWriter.PRODUCTS, CatalogWriter::product, CatalogWriter::columns,
                ProductReadModels.Dependents.PRODUCT));
    }
}
