package com.wheyprice.catalog.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.LabTestEntry;
import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.common.error.ProblemException;

/**
 * Lab tests of a product or of one of its variants, which best value by lab-tested protein counts
 * before the brand's figures. A variant's test must name the variant's own product (the database
 * refuses anything else, as a conflict).
 */
@RolesAllowed(Roles.ADMIN)
@Path("/catalog/admin/lab-tests")
public class LabTestAdminResource extends CatalogEntryResource<LabTestEntry> {

    LabTestAdminResource(EntryStore store) {
        super(store, new EntryKind<>("lab-tests", CatalogWriter.LAB_TESTS, CatalogWriter::labTest, CatalogWriter::columns,
                ProductReadModels.Dependents.LAB_TEST));
    }

    @Override
    protected void check(LabTestEntry test) {
        try {
            LocalDate.parse(test.testedOn());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("testedOn", "is not a date");
        }
    }
}
