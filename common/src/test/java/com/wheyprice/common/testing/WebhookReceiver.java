package com.wheyprice.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;


/**
 * An integrator's webhook endpoint, as Slack or ntfy would be: HTTPS (a self-signed certificate
 * for {@code localhost}, made by keytool, whose PEM the sender is told to trust) that accepts a delivery only when
 * its Standard Webhooks signature verifies with the secret it was given: the {@code webhook-id},
 * {@code webhook-timestamp} (within five minutes) and {@code webhook-signature} headers, the
 * HMAC-SHA256 of {@code id.timestamp.body} compared in constant time. It can be told to fail the
 * next deliveries, as a receiver that is down does.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A delivery the receiver accepted. */
    public record Received(String id, long timestamp, String body) {
    }

    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String STORE_PASSWORD = "receiver";

    private final Path keyStore;
    private final Path certificate;
    private final List<Received> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failing = new AtomicInteger();
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final HttpsServer server;
    private volatile byte[] key;

    public WebhookReceiver(Clock clock) {
        this.clock = clock;
        try {
            Path directory = Files.createTempDirectory("webhook-receiver");
            keyStore = directory.resolve("receiver.p12");
            certificate = directory.resolve("receiver.pem");
            keytool("-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost",
                    "-validity", "7", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "receiver", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-file",
                    certificate.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.setHttpsConfigurator(new HttpsConfigurator(tls(keyStore)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    private static SSLContext tls(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    /** A certificate for {@code localhost}, made with the JDK's own keytool (no library needed). */
    private static void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Where deliveries go. */
    public String url() {
        return origin() + "/hooks/whey";
    }

    /** The receiver's origin, the one local origin a sender in development may be allowed. */
    public String origin() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    /** The PEM file of the receiver's certificate, for the sender to trust. */
    public String certificatePath() {
        return certificate.toString();
    }

    /** The secret ({@code whsec_…}) signatures must verify with, as its owner copies it from the registration. */
    public void secret(String secret) {
        key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret);
    }

    /** Answers 503 to the next {@code count} deliveries, as a receiver that is down. */
    public void failNext(int count) {
        failing.set(count);
    }

    /** The deliveries accepted, oldest first. */
    public List<Received> accepted() {
        return List.copyOf(accepted);
    }

    /** How many requests were refused for a missing, stale or wrong signature. */
    public int refused() {
        return refused.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        int status;
        if (failing.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            status = 503;
        } else if (!verified(id, timestamp, signatures, body)) {
            refused.incrementAndGet();
            status = 401;
        } else {
            accepted.add(new Received(id, Long.parseLong(timestamp), body));
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean verified(String id, String timestamp, String signatures, String body) {
        if (key == null || id == null || timestamp == null || signatures == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(key, id + "." + timestamp + "." + body);
        for (String signature : signatures.split(" ")) {
            int comma = signature.indexOf(',');
            if (comma > 0 && signature.substring(0, comma).equals("v1") && MessageDigest.isEqual(expected, decoded(signature.substring(comma + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
