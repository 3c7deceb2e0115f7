package com.wheyprice.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;

/**
 * auth-service's internal API as notification-service's tests meet it: the people it knows and
 * the messages about their accounts it wrote, 404 for anyone or anything else (never there,
 * erased, a link already used), 401 without a bearer token. Opening a message with a link mints
 * a new token each time, as the real one does. What the real one answers is pinned by the pact
 * {@code AuthContactContractTest} records and auth-service verifies.
 */
public final class TestAuthContacts implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Map<UUID, Contact> people = new ConcurrentHashMap<>();
    private final Map<UUID, AccountMail> mails = new ConcurrentHashMap<>();
    private final AtomicInteger minted = new AtomicInteger();
    private final HttpServer server;

    public TestAuthContacts() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/accounts/", this::answer);
        server.createContext("/internal/account-mails/", this::open);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new person of this tier, with a verified address of their own. */
    public Contact person(Tier tier) {
        return person(tier, true);
    }

    /** A new person of this tier, whose address is verified or not. */
    public Contact person(Tier tier, boolean verified) {
        UUID id = UUID.randomUUID();
        Contact contact = new Contact(id, "shopper-" + id.toString().substring(0, 8) + "@example.com", "Asha", verified, tier);
        people.put(id, contact);
        return contact;
    }

    /** auth-service wrote a message of this kind about the person's account, to {@code to}; answers its id. */
    public UUID accountMail(Contact person, AccountMailKind kind, String to, AccountMail.SignIn signIn, String addressHint) {
        UUID id = UUID.randomUUID();
        mails.put(id, new AccountMail(id, kind, person.id(), to, person.displayName(), person.tier(), null,
                kind.hasLink() ? Instant.parse("2026-11-30T12:30:00Z") : null, signIn, addressHint));
        return id;
    }

    /** The message's link was used: it is not to be sent any more. */
    public void used(UUID mailId) {
        mails.remove(mailId);
    }

    /** The person erased their account. */
    public void erase(UUID id) {
        people.remove(id);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Contact contact = path.length == 5 && "contact".equals(path[4]) ? find(people, path[3]) : null;
        int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : contact == null ? 404 : 200;
        reply(exchange, status, status == 200 ? JSON.writeValueAsString(contact) : null);
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = (json != null ? json : "{\"type\":\"about:blank\",\"title\":\"no\",\"status\":" + status + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", json != null ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void open(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        AccountMail mail = path.length == 5 && "open".equals(path[4]) && "POST".equals(exchange.getRequestMethod()) ? find(mails, path[3]) : null;
        int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : mail == null ? 404 : 200;
        String body = status != 200 ? null : JSON.writeValueAsString(new AccountMail(mail.id(), mail.kind(), mail.userId(), mail.to(),
                mail.displayName(), mail.tier(), mail.kind().hasLink() ? "wlt_minted-" + minted.incrementAndGet() : null, mail.expiresAt(),
                mail.signIn(), mail.addressHint()));
        reply(exchange, status, body);
    }

    private static <T> T find(Map<UUID, T> known, String id) {
        try {
            return known.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
