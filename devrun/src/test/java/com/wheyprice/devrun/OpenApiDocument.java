package com.wheyprice.devrun;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * api-service's OpenAPI 3.1 document, used to check real answers: the operation is found by
 * matching the request path against the document's path templates, and the answer's body is
 * validated against the schema the document gives for its status and media type (JSON Schema
 * 2020-12, which OpenAPI 3.1 schemas are), with the document's components to resolve
 * {@code $ref}s.
 */
final class OpenApiDocument {

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiDocument(String document) throws Exception {
        this.document = json.readTree(document);
    }

    String version() {
        return document.path("openapi").asText();
    }

    /**
     * What is wrong with an answer by the document: empty when the body fits the schema of that
     * operation, status and media type, else the validation messages (or why there is no schema).
     */
    List<String> violations(String method, String path, int status, String contentType, String body) throws Exception {
        JsonNode operation = operation(method, path);
        if (operation == null) {
            return List.of("the document has no " + method + " " + path);
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return List.of("the document lists no " + status + " answer for " + method + " " + path);
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            return List.of("the document gives no " + mediaType + " schema for " + status + " of " + method + " " + path);
        }
        return validate(schema, body);
    }

    /** What is wrong with a request body by the document's request schema of that operation (empty when it fits). */
    List<String> requestViolations(String method, String path, String body) throws Exception {
        JsonNode operation = operation(method, path);
        JsonNode schema = operation == null ? null : operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema == null || schema.isMissingNode()) {
            return List.of("the document gives no application/json request schema for " + method + " " + path);
        }
        return validate(schema, body);
    }

    private List<String> validate(JsonNode schema, String body) throws Exception {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        fields.forEachRemaining(field -> root.set(field.getKey(), field.getValue()));
        JsonSchema validator = schemas.getSchema(root);
        Set<ValidationMessage> messages = validator.validate(json.readTree(body));
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private JsonNode operation(String method, String path) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> template = paths.next();
            String pattern = Pattern.quote(template.getKey()).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
            if (Pattern.matches(pattern, path)) {
                return template.getValue().get(method.toLowerCase());
            }
        }
        return null;
    }
}
