package com.wheyprice.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.ApiTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The published document leaves no public operation undescribed: every answer with a body and
 * every request body names a schema (not a bare object or bytes), each kind of catalog entry has
 * paths of its own, every schema a document refers to is in it, and a client generated from it
 * gets named methods and sends a token only where one is needed. (CI also runs independent
 * tools on it: ops/lint-openapi.sh.)
 */
@QuarkusTest
@QuarkusTestResource(value = ApiTestResource.class, restrictToAnnotatedClass = true)
class OpenApiCompletenessTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        document = document != null ? document : new ObjectMapper().readTree(given().get("/api/v1/openapi.json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyAnswerWithABodyNamesItsSchema() {
        List<String> undescribed = new ArrayList<>();
        forEachOperation((name, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            String status = response.getKey();
            if (status.startsWith("2") && !status.equals("204")) {
                JsonNode content = response.getValue().path("content");
                // 202 says the work is under way and may rightly have nothing more to say
                if (content.isEmpty() && !status.equals("202")) {
                    undescribed.add(name + " " + status + ": no content");
                }
                content.fields().forEachRemaining(media -> {
                    boolean page = media.getKey().equals("text/html");
                    if (!page && !named(media.getValue().path("schema"))) {
                        undescribed.add(name + " " + status + " " + media.getKey() + ": " + media.getValue().path("schema"));
                    }
                });
            }
        }));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyRequestBodyNamesItsSchema() {
        List<String> undescribed = new ArrayList<>();
        forEachOperation((name, operation) -> operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
            boolean form = media.getKey().equals("application/x-www-form-urlencoded");
            if (!form && !named(media.getValue().path("schema"))) {
                undescribed.add(name + " " + media.getKey() + ": " + media.getValue().path("schema"));
            }
        }));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void eachKindOfCatalogEntryHasItsOwnPathsAndSchemas() {
        JsonNode paths = document.path("paths");
        assertThat(paths.fieldNames()).toIterable().noneMatch(path -> path.startsWith("/api/v1/admin/{kind}"));
        for (String kind : List.of("brands", "categories", "products", "variants", "lab-tests", "retailers", "listings")) {
            JsonNode create = paths.path("/api/v1/admin/" + kind).path("post");
            assertThat(create.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                    .as(kind).startsWith("#/components/schemas/");
            assertThat(paths.path("/api/v1/admin/" + kind + "/{id}").path("put").path("parameters").toString()).as(kind).contains("If-Match");
        }
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationIdForGeneratedClients() {
        List<String> ids = new ArrayList<>();
        forEachOperation((name, operation) -> ids.add(operation.path("operationId").asText(name + " has none")));
        assertThat(ids).allMatch(id -> id.matches("[a-z][a-zA-Z0-9]*"), "camelCase").doesNotHaveDuplicates();
        assertThat(ids).contains("listProducts", "getProduct", "refreshToken", "createAlert", "adminCreateBrand");
    }

    @Test
    void anOperationThatNeedsNoTokenSaysSoAndOneThatNeedsOneNamesItsTier() {
        forEachOperation((name, operation) -> assertThat(operation.has("security")).as(name).isTrue());
        assertThat(document.at("/paths/~1api~1v1~1products/get/security").isEmpty()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1alerts/post/security/0").toString()).contains("USER");
    }

    @Test
    void everyResponseHeaderHasASchema() {
        List<String> bare = new ArrayList<>();
        forEachOperation((name, operation) -> operation.path("responses").fields().forEachRemaining(response -> response.getValue()
                .path("headers").fields().forEachRemaining(header -> {
                    if (!header.getValue().has("schema") && !header.getValue().has("content")) {
                        bare.add(name + " " + response.getKey() + " " + header.getKey());
                    }
                })));
        assertThat(bare).isEmpty();
    }

    @Test
    void theDocumentNamesItsServerAndDescribesEveryTag() {
        assertThat(document.path("servers").path(0).path("url").asText()).isEqualTo("/");
        document.path("tags").forEach(tag -> assertThat(tag.path("description").asText()).as(tag.path("name").asText()).isNotBlank());
    }

    @Test
    void everyReferencedSchemaIsInTheDocument() {
        List<String> missing = new ArrayList<>();
        collectRefs(document, missing);
        assertThat(missing).isEmpty();
    }

    private static void collectRefs(JsonNode node, List<String> missing) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith("#/components/schemas/")
                    && document.path("components").path("schemas").path(ref.asText().substring("#/components/schemas/".length())).isMissingNode()) {
                missing.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, missing));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, missing));
        }
    }

    /** A schema a client can generate a type from: a reference, a composition, or an array or map of one. */
    private static boolean named(JsonNode schema) {
        if (schema.has("$ref") || schema.has("allOf") || schema.has("oneOf")) {
            return true;
        }
        if (schema.has("items")) {
            return named(schema.get("items"));
        }
        JsonNode values = schema.get("additionalProperties");
        if (values != null && values.isObject()) {
            return named(values) || values.has("type") && !values.path("type").asText().equals("object");
        }
        return schema.has("properties");
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1")) {
                for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                    if (METHODS.contains(operation.getKey())) {
                        check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                    }
                }
            }
        });
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
