package com.wheyprice.scraper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A retailer web site for tests, on 127.0.0.1: pages are registered per path with a status,
 * headers and body, robots.txt is just another page, and every request is recorded with the
 * time it arrived, so tests can check what the scraper asked for and how fast.
 */
public final class TestRetailer implements AutoCloseable {

    /** A canned response. */
    public record Response(int status, Map<String, String> headers, String body) {
        public static Response html(String body) {
            return new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), body);
        }
    }

    /** One request as the server saw it. */
    public record Hit(String path, String userAgent, long atNanos) {
    }

    private final HttpServer server;
    private final Map<String, Response> pages = new ConcurrentHashMap<>();
    private final Map<String, Queue<Response>> sequences = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public TestRetailer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public TestRetailer page(String path, Response response) {
        sequences.remove(path);
        pages.put(path, response);
        return this;
    }

    /** Answers {@code path} with these responses in turn, the last one from then on. */
    public TestRetailer pageInTurn(String path, List<Response> responses) {
        sequences.put(path, new ConcurrentLinkedQueue<>(responses.subList(0, responses.size() - 1)));
        pages.put(path, responses.get(responses.size() - 1));
        return this;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public List<Hit> hits(String path) {
        return hits.stream().filter(hit -> hit.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.add(new Hit(path, exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        Queue<Response> turns = sequences.get(path);
        Response next = turns == null ? null : turns.poll();
        Response response = next != null ? next : pages.getOrDefault(path, new Response(404, Map.of(), "not here"));
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
