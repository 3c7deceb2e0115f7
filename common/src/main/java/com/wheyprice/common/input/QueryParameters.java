package com.wheyprice.common.input;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import com.wheyprice.common.request.QueryParameterDeclarations;
import com.wheyprice.platform.api.Problem;

/**
 * Which query parameter a request got wrong when its value does not convert to the declared
 * type. JAX-RS answers such a failure with a bare 404, as if the resource did not exist, and takes
 * any text but "true" as a false flag; a client deserves a 400 that names the parameter and says
 * what it should be.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The first query parameter of {@code method} whose value in {@code query} does not convert to its type. */
    public static Optional<Problem.FieldError> unconvertible(Method method, MultivaluedMap<String, String> query) {
        if (method == null) {
            return Optional.empty();
        }
        for (QueryParameterDeclarations.Declared parameter : QueryParameterDeclarations.of(method)) {
            List<String> values = query.get(parameter.name());
            if (values == null || parameter.type() == String.class) {
                continue;
            }
            for (String value : values) {
                if (!converts(parameter.type(), value)) {
                    return Optional.of(new Problem.FieldError(parameter.name(), expectation(parameter.type())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value.trim());
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            } else if (type.isEnum()) {
                return convertsByFactory(type, value);
            }
            return true;
        } catch (IllegalArgumentException | DateTimeException e) {
            return false;
        }
    }

    private static boolean convertsByFactory(Class<?> type, String value) {
        for (String factory : List.of("fromString", "valueOf")) {
            try {
                Method method = type.getMethod(factory, String.class);
                if (Modifier.isStatic(method.getModifiers())) {
                    method.invoke(null, value);
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // try the next factory
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static String expectation(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "must be a number";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == Instant.class) {
            return "must be an instant such as 2026-01-31T00:00:00Z";
        }
        if (type.isEnum()) {
            return "must be one of " + List.of(type.getEnumConstants());
        }
        return "has the wrong form";
    }
}
