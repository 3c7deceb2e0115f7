package com.wheyprice.notify.privacy;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.common.privacy.ErasureReceiptResource;

/** notification-service's part of an erasure's progress, for admins. */
@Path("/notifications/admin/erasures")
@Tag(name = "admin")
public class ErasureAdminResource extends ErasureReceiptResource {

    ErasureAdminResource(NotificationErasures erasures) {
        super(erasures);
    }
}
