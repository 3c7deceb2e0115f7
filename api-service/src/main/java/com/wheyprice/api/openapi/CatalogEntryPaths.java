package com.wheyprice.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * api-service relays the catalog admin routes with one JAX-RS method per verb for every kind of
 * entry ({@code /api/v1/admin/{kind}}), but each kind takes and answers its own shape. This step
 * of the document replaces the two generic paths by concrete ones per kind, each naming its
 * entry's request schema and its stored answer ({@link CatalogEntrySchemas}), with the
 * {@code If-Match} header that replacing and deleting require.
 */
final class CatalogEntryPaths {

    private static final String COLLECTION = "/api/v1/admin/{kind}";
    private static final String ONE = "/api/v1/admin/{kind}/{id}";
    private static final String JSON = "application/json";

    /** A kind's path segment, its name in summaries and operation ids, and its schemas. */
    private record Kind(String path, String name, String singular, String entry, String stored) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("brands", "Brand", "brand", "BrandEntry", "StoredBrand"),
            new Kind("categories", "Category", "category", "CategoryEntry", "StoredCategory"),
            new Kind("products", "Product", "product", "ProductEntry", "StoredProduct"),
            new Kind("variants", "Variant", "variant", "VariantEntry", "StoredVariant"),
            new Kind("retailers", "Retailer", "retailer (with its scraping settings)", "RetailerEntry", "StoredRetailer"),
            new Kind("listings", "Listing", "listing", "ListingEntry", "StoredListing"));

    private CatalogEntryPaths() {
    }

    static void expand(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        PathItem collection = paths.getPathItem(COLLECTION);
        PathItem one = paths.getPathItem(ONE);
        if (collection == null || one == null) {
            return;
        }
        paths.removePathItem(COLLECTION);
        paths.removePathItem(ONE);
        for (Kind kind : KINDS) {
            Operation create = operation(collection.getPOST(), kind, "Create", "Create a " + kind.singular())
                    .requestBody(body(kind))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("201", stored(kind, "created; Location names it, ETag is its version")
                                    .addHeader("Location", StandardResponses.location("where the new entry is read"))));
            Operation read = operation(one.getGET(), kind, "Get", "Read a " + kind.singular() + ", with its version as ETag")
                    .addParameter(id())
                    .responses(OASFactory.createAPIResponses().addAPIResponse("200", stored(kind, "the entry; ETag is its version")));
            Operation replace = operation(one.getPUT(), kind, "Replace", "Replace a " + kind.singular() + "; If-Match must carry its ETag")
                    .addParameter(id()).addParameter(ifMatch())
                    .requestBody(body(kind))
                    .responses(versioned(OASFactory.createAPIResponses()
                            .addAPIResponse("200", stored(kind, "replaced; ETag is the new version"))));
            Operation delete = operation(one.getDELETE(), kind, "Delete",
                    "Delete a " + kind.singular() + " nothing refers to; If-Match must carry its ETag")
                    .addParameter(id()).addParameter(ifMatch())
                    .responses(versioned(OASFactory.createAPIResponses()
                            .addAPIResponse("204", OASFactory.createAPIResponse().description("deleted"))));
            String base = "/api/v1/admin/" + kind.path();
            paths.addPathItem(base, OASFactory.createPathItem().POST(create));
            paths.addPathItem(base + "/{id}", OASFactory.createPathItem().GET(read).PUT(replace).DELETE(delete));
        }
    }

    /** The answers of a change guarded by {@code If-Match}. */
    private static APIResponses versioned(APIResponses responses) {
        return responses
                .addAPIResponse("412", OASFactory.createAPIResponse().description("changed since it was read: read it again")
                        .content(StandardResponses.problemContent()))
                .addAPIResponse("428", OASFactory.createAPIResponse().description("If-Match is missing")
                        .content(StandardResponses.problemContent()));
    }

    /** An operation of one kind ({@code adminCreateBrand}, …), with the generic operation's tags and security. */
    private static Operation operation(Operation generic, Kind kind, String verb, String summary) {
        Operation operation = OASFactory.createOperation().summary(summary).operationId("admin" + verb + kind.name());
        if (generic != null) {
            operation.tags(generic.getTags()).security(generic.getSecurity());
        }
        return operation;
    }

    private static RequestBody body(Kind kind) {
        return OASFactory.createRequestBody().required(true).content(json(kind.entry()));
    }

    private static APIResponse stored(Kind kind, String description) {
        return OASFactory.createAPIResponse().description(description).content(json(kind.stored()))
                .headers(Map.of("ETag", OASFactory.createHeader().description("the version, as \"v<n>\"")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
    }

    private static Content json(String schema) {
        return OASFactory.createContent().addMediaType(JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }

    private static Parameter id() {
        return OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"));
    }

    private static Parameter ifMatch() {
        return OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).required(true).description("the ETag the entry was read with")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
