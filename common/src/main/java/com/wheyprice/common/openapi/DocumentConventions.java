package com.wheyprice.common.openapi;

import java.util.ArrayList;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * What every service's OpenAPI document states beyond what the annotations say: an operation
 * that needs no token says so ({@code security: []}), so a generated client sends none and a
 * linter can tell "public" from "forgotten". Every service registers it ({@code mp.openapi.filter}
 * in common's configuration); api-service's own filter extends it.
 */
public class DocumentConventions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(DocumentConventions::explicitSecurity));
    }

    private static void explicitSecurity(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>());
        }
    }
}
