package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.ProductEntry;

/** Products: one brand's product in one category. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/products")
public class ProductAdminApi extends CatalogEntryRelay<ProductEntry> {

    ProductAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "products");
    }
}
