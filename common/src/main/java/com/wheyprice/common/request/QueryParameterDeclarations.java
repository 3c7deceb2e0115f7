package com.wheyprice.common.request;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a resource method declares, with their Java types: its own
 * {@code @QueryParam}/{@code @RestQuery} parameters and those of its {@code @BeanParam} beans (the
 * query records of the contract modules). Read once per method.
 */
public final class QueryParameterDeclarations {

    /** One declared query parameter. */
    public record Declared(String name, Class<?> type) {
    }

    private static final Map<Method, List<Declared>> DECLARED = new ConcurrentHashMap<>();

    private QueryParameterDeclarations() {
    }

    public static List<Declared> of(Method method) {
        return DECLARED.computeIfAbsent(method, QueryParameterDeclarations::read);
    }

    private static List<Declared> read(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    QueryParam query = field.getAnnotation(QueryParam.class);
                    if (query != null) {
                        declared.add(new Declared(query.value(), field.getType()));
                    }
                }
                continue;
            }
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            RestQuery rest = parameter.getAnnotation(RestQuery.class);
            if (query != null) {
                declared.add(new Declared(query.value(), parameter.getType()));
            } else if (rest != null) {
                declared.add(new Declared(rest.value().isEmpty() ? parameter.getName() : rest.value(), parameter.getType()));
            }
        }
        return List.copyOf(declared);
    }
}
