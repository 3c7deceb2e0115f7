package com.wheyprice.api.observe;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.wheyprice.common.request.ResourceMethods;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code whey_api_requests_total{route,status,tier}}: every public API call counted by its route
 * template (not the raw path, so ids do not explode the series), its status and the caller's
 * tier, as the platform dashboards and alerts read it.
 */
public class RequestMetrics {

    /** Request property the rate limiter sets to the caller's tier. */
    public static final String TIER = RequestMetrics.class.getName() + ".tier";

    private final MeterRegistry registry;
    private final Map<Method, String> routes = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        String route = ResourceMethods.of(resource).map(method -> routes.computeIfAbsent(method, RequestMetrics::template))
                .orElse("unmatched");
        if (!route.startsWith("/api/")) {
            return;
        }
        Object tier = request.getProperty(TIER);
        registry.counter("whey_api_requests_total", "route", request.getMethod() + " " + route, "status",
                Integer.toString(response.getStatus()), "tier", tier == null ? "UNKNOWN" : tier.toString()).increment();
    }

    private static String template(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path path = method.getAnnotation(Path.class);
        return (type == null ? "" : type.value()) + (path == null ? "" : path.value()).replaceAll("\\{(\\w+):[^}]*}", "{$1}");
    }
}
