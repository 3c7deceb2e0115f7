package com.wheyprice.common.input;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.ResourceMethods;
import com.wheyprice.platform.api.ProblemType;

/**
 * Checks a request's query parameters against the types its resource method declares
 * ({@link QueryParameters}) before the method runs, so a value JAX-RS would silently take (a flag
 * that is neither true nor false) is refused like one it cannot convert: a 400 naming the parameter.
 */
public class QueryParameterCheck {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, SimpleResourceInfo resource) {
        ResourceMethods.of(resource)
                .flatMap(method -> QueryParameters.unconvertible(method, request.getUriInfo().getQueryParameters()))
                .ifPresent(error -> {
                    throw new ProblemException(ProblemType.VALIDATION_FAILED, "query parameter '" + error.field() + "' " + error.message(),
                            List.of(error));
                });
    }
}
