package com.wheyprice.common.request;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The Java method a request was routed to, for response filters that read its annotations (the
 * route template, the cursor parameter). Looked up once per endpoint, not on every request.
 */
public final class ResourceMethods {

    private record Endpoint(Class<?> type, String name, List<Class<?>> parameters) {
    }

    private static final Map<Endpoint, Optional<Method>> METHODS = new ConcurrentHashMap<>();

    private ResourceMethods() {
    }

    /** The method, or empty when the request matched no resource method. */
    public static Optional<Method> of(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        return METHODS.computeIfAbsent(new Endpoint(resource.getResourceClass(), resource.getMethodName(),
                List.of(resource.parameterTypes())), ResourceMethods::find);
    }

    private static Optional<Method> find(Endpoint endpoint) {
        try {
            return Optional.of(endpoint.type().getMethod(endpoint.name(), endpoint.parameters().toArray(Class<?>[]::new)));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
