package com.wheyprice.catalog.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.RetailerEntry;
import com.wheyprice.catalog.product.ProductReadModels;

/** Retailers with their scraping settings (selectors, interval, politeness) and affiliate template. */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/retailers")
public class RetailerAdminResource extends CatalogEntryResource<RetailerEntry> {

    RetailerAdminResource(EntryStore store) {
        super(store, new EntryKind<>("retailers", CatalogWriter.RETAILERS, CatalogWriter::retailer, CatalogWriter::columns,
                ProductReadModels.Dependents.RETAILER));
    }

    @Override
    protected void check(RetailerEntry retailer) {
        EntryChecks.country(retailer.country(), "country");
        EntryChecks.currency(retailer.currency(), "currency");
        EntryChecks.affiliateTemplate(retailer.affiliateTemplate(), "affiliateTemplate");
    }
}
