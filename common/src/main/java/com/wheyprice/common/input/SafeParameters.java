package com.wheyprice.common.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.wheyprice.common.error.ProblemException;

/**
 * Query and path parameters obey {@link Text#refusal} as JSON strings do: a {@code %00} in a
 * search or a slug is a 400 naming the parameter, not a database error.
 */
public class SafeParameters {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        refuseAny(uri.getQueryParameters(), "query parameter");
        refuseAny(uri.getPathParameters(), "path parameter");
    }

    private static void refuseAny(MultivaluedMap<String, String> parameters, String kind) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Text.refusal(parameter.getKey()).ifPresent(reason -> {
                throw ProblemException.invalidField(parameter.getKey(), "the " + kind + " name " + reason);
            });
            for (String value : parameter.getValue()) {
                Text.refusal(value).ifPresent(reason -> {
                    throw ProblemException.invalidField(parameter.getKey(), reason);
                });
            }
        }
    }
}
