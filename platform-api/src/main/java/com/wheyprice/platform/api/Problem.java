package com.wheyprice.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the body of every 4xx and 5xx answer of the suite.
 *
 * @param requestId the request's {@code X-Request-Id}, so a user's report can be found in the logs
 * @param errors    one entry per invalid field, for validation failures
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "type", "title", "status" })
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: which field (dotted path) and what is wrong with it. */
    @Schema(requiredProperties = { "field", "message" })
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, int status, String detail, String instance, String requestId) {
        return new Problem(type.uri(), type.title(), status, detail, instance, requestId, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, requestId, fieldErrors);
    }
}
