package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.CategoryEntry;

/** Categories products are filed under. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/categories")
public class CategoryAdminApi extends CatalogEntryRelay<CategoryEntry> {

    CategoryAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "categories");
    }
}
