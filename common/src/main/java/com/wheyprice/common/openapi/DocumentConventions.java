package com.wheyprice.common.openapi;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * What every service's OpenAPI document states beyond what the annotations say. Every service
 * registers it ({@code mp.openapi.filter} in common's configuration); api-service's own filter
 * extends it.
 * <ul>
 * <li>An operation that needs no token says so ({@code security: []}), so a generated client
 * sends none and a linter can tell "public" from "forgotten".</li>
 * <li>A generic resource (one class per kind of entry, extending a base parameterised by the
 * entry's record) cannot name its operations per kind in annotations. Its operation ids,
 * summaries and answer schemas say {@link #ENTRY} instead, and the document puts in the entry's
 * name: its request body's schema without the {@code Entry} suffix ({@code BrandEntry} →
 * {@code createBrand}, {@code StoredBrand}). Operations without a body take it from their path's
 * operation that has one.</li>
 * </ul>
 */
public class DocumentConventions implements OASFilter {

    /** Stands for the entry's name in a generic resource's operation ids, summaries and schema references. */
    public static final String ENTRY = "{entry}";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String ENTRY_SUFFIX = "Entry";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        paths.forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            explicitSecurity(operation);
            if (operation.getOperationId() != null && operation.getOperationId().contains(ENTRY)) {
                entryName(paths, path, item).ifPresent(name -> nameEntry(operation, name));
            }
        }));
    }

    private static void explicitSecurity(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>());
        }
    }

    /** The entry's name from this path's operation with a body, or else from the collection path it is an item of. */
    private static Optional<String> entryName(Map<String, PathItem> paths, String path, PathItem item) {
        Optional<String> name = bodySchema(item);
        if (name.isEmpty() && path.endsWith("}")) {
            PathItem collection = paths.get(path.substring(0, path.lastIndexOf('/')));
            name = collection == null ? Optional.empty() : bodySchema(collection);
        }
        return name.map(schema -> schema.endsWith(ENTRY_SUFFIX) ? schema.substring(0, schema.length() - ENTRY_SUFFIX.length()) : schema);
    }

    private static Optional<String> bodySchema(PathItem item) {
        return item.getOperations().values().stream()
                .filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
                .flatMap(operation -> operation.getRequestBody().getContent().getMediaTypes().values().stream())
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS))
                .map(schema -> schema.getRef().substring(SCHEMAS.length()))
                .findFirst();
    }

    private static void nameEntry(Operation operation, String name) {
        operation.setOperationId(operation.getOperationId().replace(ENTRY, name));
        if (operation.getSummary() != null) {
            operation.setSummary(operation.getSummary().replace(ENTRY, name.toLowerCase(Locale.ROOT)));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> nameSchemas(response.getContent(), name));
        }
    }

    private static void nameSchemas(Content content, String name) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().stream().map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.getRef() != null && schema.getRef().contains(ENTRY))
                .forEach(schema -> schema.setRef(schema.getRef().replace(ENTRY, name)));
    }
}
