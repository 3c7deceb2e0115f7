package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.VariantEntry;

/** Variants of a product: flavour, pack size and protein per serving. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/variants")
public class VariantAdminApi extends CatalogEntryRelay<VariantEntry> {

    VariantAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "variants");
    }
}
