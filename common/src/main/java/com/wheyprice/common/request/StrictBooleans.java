package com.wheyprice.common.request;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.wheyprice.common.error.ProblemException;

/**
 * Holds flag query parameters to {@code true} or {@code false}. JAX-RS turns any other text into
 * {@code false} without a word, so {@code inStock=yes} would silently answer out-of-stock products
 * too; instead the caller gets a 400 naming the parameter, as for any other unconvertible value.
 */
public class StrictBooleans {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, SimpleResourceInfo resource) {
        Method method = ResourceMethods.of(resource).orElse(null);
        if (method == null) {
            return;
        }
        for (QueryParameterDeclarations.Declared declared : QueryParameterDeclarations.of(method)) {
            if (declared.type() != boolean.class && declared.type() != Boolean.class) {
                continue;
            }
            List<String> values = request.getUriInfo().getQueryParameters().get(declared.name());
            if (values != null && values.stream().anyMatch(value -> !List.of("true", "false").contains(value.toLowerCase(Locale.ROOT)))) {
                throw ProblemException.invalidField(declared.name(), "must be true or false");
            }
        }
    }
}
