package com.wheyprice.api.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.wheyprice.common.openapi.DocumentConventions;
import com.wheyprice.platform.api.Problem;

/**
 * Adds to every {@code /api/v1} operation the answers every call can get besides its own, so the
 * document lists every error a client must handle: 429 (rate limit) and 503 (a service behind is
 * down) everywhere, 400 where a body or a parameter is sent, 415 where a body must be JSON, 404 where a path
 * names something, 401 and 403 where a role is required; each a problem document. Every
 * operation's answers also name the {@code RateLimit-*} headers, and an operation that needs no
 * token says so ({@code security: []}), so a generated client sends none. Last the tags get
 * their descriptions.
 */
public class StandardResponses extends DocumentConventions {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String JSON = "application/json";
    private static final Map<String, String> TAGS = Map.of(
            "catalog", "Find products and compare offers, read price history and best value per 100 g of protein, go to a retailer; "
                    + "signed in: price alerts and product page suggestions",
            "account", "Register, sign in (password or social), refresh tokens, the caller's account, sessions, export and erasure",
            "admin", "Running the platform: the catalog, discovery review, accounts and tiers, the audit log, scraping, flags",
            "notifications", "The caller's notification settings, and unsubscribing by the link in a message without signing in",
            "operations", "Whether the service is up, and which build runs");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        super.filterOpenAPI(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
        TAGS.forEach((name, description) -> {
            if (openAPI.getTags() != null) {
                openAPI.getTags().stream().filter(tag -> tag.getName().equals(name)).forEach(tag -> tag.setDescription(description));
            }
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType(JSON)) {
            problem(operation, "415", "the body is not application/json", false);
        }
        operation.getResponses().getAPIResponses().values().forEach(StandardResponses::rateLimitHeaders);
        problem(operation, "429", "over the caller's rate limit; Retry-After says when to try again", true);
        problem(operation, "503", "a service behind the API is down or too slow; Retry-After says when to try again", true);
        boolean takesInput = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || path.contains("{")
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.HEADER));
        if (takesInput) {
            problem(operation, "400", "the request is malformed or invalid; errors lists every invalid field", false);
        }
        boolean namesSomething = path.contains("{")
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH));
        if (namesSomething) {
            problem(operation, "404", "no such resource", false);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problem(operation, "401", "no valid bearer token", false);
            problem(operation, "403", "the caller's tier does not allow this", false);
        }
    }

    /** Adds the problem answer, or gives a documented one without a body (as the generator writes for bad input) its problem body. */
    private static void problem(Operation operation, String status, String description, boolean retryAfter) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null) {
            Content content = existing.getContent();
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                existing.content(problemContent());
            }
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
        if (retryAfter) {
            response.addHeader("Retry-After", header("seconds to wait", Schema.SchemaType.INTEGER));
        }
        rateLimitHeaders(response);
        operation.getResponses().addAPIResponse(status, response);
    }

    /** A {@code Location} header: a URI reference to the resource the answer names. */
    static Header location(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference"));
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static void rateLimitHeaders(APIResponse response) {
        response.addHeader("RateLimit-Limit", header("requests per minute the caller may make", Schema.SchemaType.INTEGER));
        response.addHeader("RateLimit-Remaining", header("requests left in the current minute", Schema.SchemaType.INTEGER));
        response.addHeader("RateLimit-Reset", header("seconds until a request is counted out of the window", Schema.SchemaType.INTEGER));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
