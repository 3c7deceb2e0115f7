package com.wheyprice.api.downstream;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.common.request.RequestId;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * A call to a downstream service made on behalf of a client's request: the client's method,
 * query string and the headers the downstream service acts on (credentials, content
 * negotiation, conditional requests), plus who the client is ({@code X-Forwarded-For}) and the
 * request id, so the downstream logs and throttles as if the client had called it.
 *
 * @param publicPath the path the client called, which a problem's {@code instance} names
 */
public record DownstreamRequest(HttpMethod method, String path, String query, Map<String, String> headers, byte[] body,
        String publicPath) {

    private static final Set<String> FORWARDED = Set.of("authorization", "accept", "accept-language", "content-type", "if-none-match",
            "if-match", "if-modified-since", "user-agent", "cookie");

    /** The client's request, sent on to {@code path} of a downstream service with its query string. */
    public static DownstreamRequest of(HttpServerRequest client, String path, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        client.headers().forEach(header -> {
            if (FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.put(header.getKey(), header.getValue());
            }
        });
        headers.put("X-Forwarded-For", ClientInfo.ip(client));
        String requestId = RequestId.current();
        if (requestId != null) {
            headers.put(RequestId.HEADER, requestId);
        }
        return new DownstreamRequest(client.method(), path, client.query(), headers, body == null || body.length == 0 ? null : body,
                client.path());
    }

    /**
     * A call api-service makes as itself, for a client's request at {@code publicPath}: a
     * {@code GET} of {@code path} with api-service's own token and the request id, nothing of the client's.
     */
    public static DownstreamRequest asService(String path, String token, String publicPath) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", "application/json");
        String requestId = RequestId.current();
        if (requestId != null) {
            headers.put(RequestId.HEADER, requestId);
        }
        return new DownstreamRequest(HttpMethod.GET, path, null, headers, null, publicPath);
    }

    /** The same call without one of the client's headers (matched ignoring case). */
    public DownstreamRequest without(String header) {
        Map<String, String> kept = new LinkedHashMap<>(headers);
        kept.keySet().removeIf(name -> name.equalsIgnoreCase(header));
        return new DownstreamRequest(method, path, query, kept, body, publicPath);
    }

    /** The same call with one more query parameter (the value URL-encoded). */
    public DownstreamRequest withQueryParameter(String name, String value) {
        String added = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return new DownstreamRequest(method, path, query == null || query.isEmpty() ? added : query + "&" + added, headers, body, publicPath);
    }

    /** The path with the query string. */
    public String uri() {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    public boolean idempotent() {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
