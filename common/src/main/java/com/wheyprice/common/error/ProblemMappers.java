package com.wheyprice.common.error;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wheyprice.common.db.ConstraintViolations;
import com.wheyprice.common.input.JsonFields;
import com.wheyprice.platform.api.Problem;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every failure of a REST request into an {@code application/problem+json} answer with a
 * stable type: framework errors (404, 405, 415…), unreadable JSON, bean-validation failures
 * listing each invalid field, our own {@link ProblemException}s, and anything unexpected,
 * which is logged with the request id and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Response headers of a framework error worth keeping, such as {@code Allow} on a 405. */
    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ALLOW.toLowerCase(), "retry-after", "www-authenticate");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = ProblemResponses.problem(e.type(), e.getMessage(), uri.getPath()).withErrors(e.errors());
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.response(problem));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return malformedBody(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String message = e.getMessage();
        String detail = message == null || message.startsWith("HTTP ") ? null : message;
        Problem problem = ProblemResponses.problem(type, status, detail, uri.getPath());
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.response(problem));
        for (Map.Entry<String, List<Object>> header : e.getResponse().getHeaders().entrySet()) {
            if (KEPT_HEADERS.contains(header.getKey().toLowerCase())) {
                header.getValue().forEach(value -> response.header(header.getKey(), value));
            }
        }
        return response.build();
    }

    /**
     * No credentials, or credentials that do not verify (bad signature, expired, wrong issuer or
     * audience). The request's authentication mechanism decides the challenge: a browser sign-in
     * (code flow) is redirected to its provider; a bearer client gets a 401 problem.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class })
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri, RoutingContext routing) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem() : authenticator.getChallenge(routing);
        return challenge.map(data -> {
            if (data != null && data.status == 302) {
                return Response.status(302).header(data.headerName.toString(), data.headerContent).build();
            }
            Problem problem = ProblemResponses.problem(ProblemType.UNAUTHORIZED, "a valid bearer token is required", uri.getPath());
            boolean authenticatorSaysHow = data != null && data.headerName != null
                    && HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(data.headerName.toString());
            return Response.fromResponse(ProblemResponses.response(problem))
                    .header(HttpHeaders.WWW_AUTHENTICATE, authenticatorSaysHow ? data.headerContent : "Bearer").build();
        });
    }

    /** The token could not be checked because auth-service (its discovery document or keys) is unreachable. */
    @ServerExceptionMapper
    public Response verifierUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("cannot verify bearer tokens: %s", e.getMessage());
        return Response.fromResponse(ProblemResponses.response(ProblemResponses.problem(ProblemType.SERVICE_UNAVAILABLE,
                "sign-in cannot be checked right now; try again shortly", uri.getPath()))).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(ProblemResponses.problem(ProblemType.FORBIDDEN,
                "your tier does not allow this", uri.getPath()));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class })
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // a string refused for what it holds (SafeStrings) is well-formed JSON with an invalid value
            boolean refusedText = JsonFields.isRefusedText(mapping);
            Problem.FieldError error = new Problem.FieldError(JsonFields.path(mapping),
                    refusedText ? mapping.getOriginalMessage() : "has a value of the wrong type or form");
            return ProblemResponses.response(ProblemResponses.problem(refusedText ? ProblemType.VALIDATION_FAILED : ProblemType.MALFORMED_BODY,
                    "field '" + error.field() + "' " + error.message(), uri.getPath()).withErrors(List.of(error)));
        }
        var location = e.getLocation();
        String detail = "the request body is not valid JSON"
                + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
        return ProblemResponses.response(ProblemResponses.problem(ProblemType.MALFORMED_BODY, detail, uri.getPath()));
    }

    @ServerExceptionMapper({ ConstraintViolationException.class, ResteasyReactiveViolationException.class })
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        Problem problem = ProblemResponses.problem(ProblemType.VALIDATION_FAILED,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", uri.getPath());
        return ProblemResponses.response(problem.withErrors(errors));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        var clash = ConstraintViolations.describe(e);
        if (clash.isPresent()) {
            return ProblemResponses.response(ProblemResponses.problem(ProblemType.CONFLICT,
                    "the change conflicts with existing data: " + clash.get(), uri.getPath()));
        }
        if (Dependencies.unreachable(e)) {
            LOG.warnf("serving %s needs a dependency that cannot be reached: %s", uri.getPath(), e.getMessage());
            return problem(ProblemException.unavailable("a service this request needs cannot be reached right now; try again shortly",
                    Dependencies.RETRY_AFTER), uri);
        }
        LOG.errorf(e, "unexpected error serving %s", uri.getPath());
        return ProblemResponses.response(ProblemResponses.problem(ProblemType.INTERNAL_ERROR,
                "the server failed to complete the request; quote the request id when reporting it", uri.getPath()));
    }

    /** An invalid response is our bug, not the client's. */
    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The client's name for the field: the bean path inside the parameter, or the parameter itself. */
    private static String field(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder inside = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (inside.length() > 0) {
                    inside.append('.');
                }
                inside.append(node.getName());
                if (node.getIndex() != null) {
                    inside.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        if (inside.length() > 0) {
            return inside.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
