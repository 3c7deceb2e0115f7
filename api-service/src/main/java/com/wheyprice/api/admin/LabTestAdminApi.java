package com.wheyprice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.LabTestEntry;

/** Lab tests of a product or one of its variants, which best value by lab-tested protein counts before the brand's. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/lab-tests")
public class LabTestAdminApi extends CatalogEntryRelay<LabTestEntry> {

    LabTestAdminApi(Downstreams downstreams, ObjectMapper json) {
        super(downstreams, json, "lab-tests");
    }
}
