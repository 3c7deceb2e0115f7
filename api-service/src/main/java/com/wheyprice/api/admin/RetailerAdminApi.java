package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.RetailerEntry;

/** Retailers, with their scraping settings and affiliate template. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/retailers")
public class RetailerAdminApi extends CatalogEntryRelay<RetailerEntry> {

    RetailerAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "retailers");
    }
}
