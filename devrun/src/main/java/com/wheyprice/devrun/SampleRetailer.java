package com.wheyprice.devrun;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the sample retailer site to the development run's scraper, as a real shop would: a
 * robots.txt, product pages written in each shop's own markup (JSON-LD, microdata, OpenGraph
 * meta tags, or plain HTML only the retailer's CSS selectors can read), out-of-stock pages, and
 * a 404 for products the shops do not sell. Nothing in it is copied from the catalog: the shops
 * price from their own price list ({@link SampleSite}).
 */
final class SampleRetailer implements HttpHandler, AutoCloseable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private final SampleSite site;
    private final Path dir;
    private HttpServer server;
    private ExecutorService executor;

    SampleRetailer(Path dir, Clock clock) throws IOException {
        this.dir = dir;
        this.site = SampleSite.load(dir, clock);
    }

    SampleSite site() {
        return site;
    }

    /** Listens on loopback at the port; {@link #close()} stops it. */
    SampleRetailer serve(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this);
        server.start();
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        handle(exchange, UnaryOperator.identity());
    }

    /** Serves the request with each page's offer as {@code shown} changes it: a shop whose page goes wrong, for tests. */
    void handle(HttpExchange exchange, UnaryOperator<SampleSite.Offer> shown) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", Files.readString(dir.resolve("robots.txt")));
                return;
            }
            Optional<SampleSite.Offer> offer = site.offer(path);
            if (offer.isPresent()) {
                String url = "http://" + exchange.getRequestHeaders().getFirst("Host") + path;
                send(exchange, 200, "text/html", render(shown.apply(offer.get()), url));
            } else {
                send(exchange, 404, "text/html", "<!doctype html><html><head><title>Not found</title></head><body><h1>Page not found</h1>"
                        + "<p>We could not find that product. It may no longer be sold here.</p></body></html>");
            }
        }
    }

    private String render(SampleSite.Offer offer, String url) throws IOException {
        String template = Files.readString(dir.resolve("templates").resolve(offer.shop().markup() + ".html"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("shop", offer.shop().name());
        values.put("shopSlug", offer.shop().slug());
        values.put("brand", offer.product().brand());
        values.put("name", offer.product().brand() + " " + offer.product().name());
        values.put("flavour", offer.flavour());
        values.put("size", offer.sizeG() >= 1000
                ? BigDecimal.valueOf(offer.sizeG()).movePointLeft(3).stripTrailingZeros().toPlainString() + " kg" : offer.sizeG() + " g");
        values.put("url", url);
        values.put("price", offer.priceInr() + ".00");
        values.put("listPrice", offer.listPriceInr() + ".00");
        values.put("priceShown", "₹" + indianGrouping(offer.priceInr()));
        values.put("listPriceShown", "₹" + indianGrouping(offer.listPriceInr()));
        values.put("priceIndian", indianGrouping(offer.priceInr()) + ".00");
        values.put("listPriceIndian", indianGrouping(offer.listPriceInr()) + ".00");
        values.put("schemaAvailability", offer.inStock() ? "InStock" : "OutOfStock");
        values.put("metaAvailability", offer.inStock() ? "instock" : "oos");
        values.put("stockText", offer.inStock() ? "In stock - ships in 24 hours" : "Currently unavailable");
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(page, Matcher.quoteReplacement(value(values, placeholder.group(1))));
        }
        placeholder.appendTail(page);
        return page.toString();
    }

    /** {@code name} is HTML-escaped, {@code nameJson} escaped for a JSON string inside a script. */
    private static String value(Map<String, String> values, String key) {
        if (key.endsWith("Json")) {
            String raw = values.get(key.substring(0, key.length() - 4));
            return raw == null ? "" : raw.replace("\\", "\\\\").replace("\"", "\\\"").replace("</", "<\\/");
        }
        String raw = values.getOrDefault(key, "");
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** 129999 → "1,29,999": thousands, then groups of two, as Indian shops print prices. */
    static String indianGrouping(long amount) {
        String digits = Long.toString(amount);
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.substring(digits.length() - 3));
        String rest = digits.substring(0, digits.length() - 3);
        while (rest.length() > 2) {
            grouped.insert(0, rest.substring(rest.length() - 2) + ",");
            rest = rest.substring(0, rest.length() - 2);
        }
        return grouped.insert(0, rest + ",").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
