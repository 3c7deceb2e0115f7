package com.wheyprice.catalog.privacy;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.common.privacy.ErasureReceiptResource;

/** catalog-service's part of an erasure's progress, for admins. */
@Path("/catalog/admin/erasures")
@Tag(name = "admin")
public class ErasureAdminResource extends ErasureReceiptResource {

    ErasureAdminResource(CatalogErasures erasures) {
        super(erasures);
    }
}
