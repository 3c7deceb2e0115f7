package com.wheyprice.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;

/**
 * auth-service's contact API as notification-service's tests meet it: the people it knows,
 * 404 for anyone else (never registered, or erased), 401 without a bearer token. What the real
 * one answers is pinned by the pact {@code AuthContactContractTest} records and auth-service
 * verifies.
 */
public final class TestAuthContacts implements AutoCloseable {

    private final Map<UUID, Contact> people = new ConcurrentHashMap<>();
    private final HttpServer server;

    public TestAuthContacts() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/accounts/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new person of this tier, with an address of their own. */
    public Contact person(Tier tier) {
        UUID id = UUID.randomUUID();
        Contact contact = new Contact(id, "shopper-" + id.toString().substring(0, 8) + "@example.com", "Asha", true, tier);
        people.put(id, contact);
        return contact;
    }

    /** The person erased their account. */
    public void erase(UUID id) {
        people.remove(id);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Contact contact = path.length == 5 && "contact".equals(path[4]) ? find(path[3]) : null;
        int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : contact == null ? 404 : 200;
        byte[] body = (status == 200 ? """
                {"id":"%s","email":"%s","displayName":"%s","emailVerified":%s,"tier":"%s"}""".formatted(contact.id(), contact.email(),
                contact.displayName(), contact.emailVerified(), contact.tier())
                : "{\"type\":\"about:blank\",\"title\":\"no\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Contact find(String id) {
        try {
            return people.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
