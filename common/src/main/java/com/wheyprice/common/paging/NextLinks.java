package com.wheyprice.common.paging;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.wheyprice.common.request.QueryParameterDeclarations;
import com.wheyprice.common.request.ResourceMethods;
import com.wheyprice.platform.api.Paged;

/**
 * Gives every page ({@link Paged}) of a keyset-paginated list a {@code Link: <?…>; rel="next"} header: the
 * request's own query with the cursor parameter (the endpoint's {@code after} or {@code before})
 * set to the page's {@code next}. The link is a relative reference, so it stays right when the
 * page is relayed under another path (api-service's {@code /api/v1}).
 */
public class NextLinks {

    private static final String[] CURSOR_PARAMETERS = {"after", "before"};

    private final Map<Method, Optional<String>> cursorParameters = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void nextLink(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        if (!(response.getEntity() instanceof Paged page) || page.next() == null) {
            return;
        }
        ResourceMethods.of(resource).flatMap(method -> cursorParameters.computeIfAbsent(method, NextLinks::cursorParameterOf))
                .ifPresent(parameter -> {
                    String query = request.getUriInfo().getRequestUriBuilder().replaceQueryParam(parameter, page.next()).build()
                            .getRawQuery();
                    response.getHeaders().add("Link", "<?" + query + ">; rel=\"next\"");
                });
    }

    private static Optional<String> cursorParameterOf(Method method) {
        return QueryParameterDeclarations.of(method).stream().map(QueryParameterDeclarations.Declared::name)
                .filter(name -> List.of(CURSOR_PARAMETERS).contains(name)).findFirst();
    }
}
