package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.ListingEntry;

/** Listings: a variant's product page at one retailer, which the scraper reads. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/listings")
public class ListingAdminApi extends CatalogEntryRelay<ListingEntry> {

    ListingAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "listings");
    }
}
