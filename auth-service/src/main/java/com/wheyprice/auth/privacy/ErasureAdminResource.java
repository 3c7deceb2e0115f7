package com.wheyprice.auth.privacy;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.common.privacy.ErasureReceiptResource;

/** auth-service's part of an erasure's progress, for admins. */
@Path("/auth/admin/erasures")
@Tag(name = "admin")
public class ErasureAdminResource extends ErasureReceiptResource {

    ErasureAdminResource(Erasures erasures) {
        super(erasures);
    }
}
