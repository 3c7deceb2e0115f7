package com.wheyprice.common.request;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who is on the other end of a request, as far as the server can tell: the client's address
 * (from the forwarding headers only when {@code HTTP_TRUST_PROXY} says a proxy sets them) and
 * a short description of its device from the User-Agent.
 */
public final class ClientInfo {

    private static final int MAX_DEVICE_LENGTH = 200;

    private ClientInfo() {
    }

    public static String ip(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    public static String device(HttpServerRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank()) {
            return "unknown";
        }
        return agent.length() <= MAX_DEVICE_LENGTH ? agent : agent.substring(0, MAX_DEVICE_LENGTH);
    }
}
