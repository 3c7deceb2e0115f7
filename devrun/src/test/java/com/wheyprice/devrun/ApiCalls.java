package com.wheyprice.devrun;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The calls the suite's ITs make, as a client of the platform would: JSON bodies, a bearer token
 * when one is given, a request id when one is given, each call bounded (2 s to connect, 20 s in all).
 */
final class ApiCalls {

    private static final Duration CALL = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(CALL).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String token) throws Exception {
        return get(url, token, null);
    }

    HttpResponse<String> get(String url, String token, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return send(authorized(request, token));
    }

    HttpResponse<String> post(String url, String token, String json) throws Exception {
        return send(authorized(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    HttpResponse<String> put(String url, String token, String json) throws Exception {
        return send(authorized(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    HttpResponse<String> delete(String url, String token) throws Exception {
        return send(authorized(HttpRequest.newBuilder(URI.create(url)).DELETE(), token));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
