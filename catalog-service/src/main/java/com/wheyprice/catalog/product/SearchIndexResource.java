package com.wheyprice.catalog.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.SearchIndexRebuilt;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Database;

import io.smallrye.mutiny.Uni;

/**
 * The rebuild command of what searches read (best offers and search documents), for operators:
 * after loading listings behind the service's back (a bulk import, a restore of part of the
 * data), or to check the models. Searches keep answering while it runs; it replaces one chunk
 * of products at a time.
 */
@Path("/catalog/admin/search-index")
@Tag(name = "catalog")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

    private final ProductReadModels readModels;
    private final Database database;
    private final AdminAudit audit;

    SearchIndexResource(ProductReadModels readModels, Database database, AdminAudit audit) {
        this.readModels = readModels;
        this.database = database;
        this.audit = audit;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Recreate every product's best offers and search document from the catalog")
    public Uni<SearchIndexRebuilt> rebuild() {
        return readModels.rebuild().map(SearchIndexRebuilt::new)
                .call(rebuilt -> database.inTransaction(tx -> audit.record(tx, AuditAction.SEARCH_INDEX_REBUILD, "search-index", null, rebuilt)));
    }
}
