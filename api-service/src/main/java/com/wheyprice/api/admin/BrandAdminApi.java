package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.BrandEntry;

/** Brands, each with its lab-test figures. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/brands")
public class BrandAdminApi extends CatalogEntryRelay<BrandEntry> {

    BrandAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "brands");
    }
}
