package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import com.wheyprice.common.testing.FreePorts;

/**
 * The compose stack's Nginx gateway, run with the real nginx on this machine from the committed
 * templates, rendered the way the nginx image does (only MAINTENANCE_* variables filled in), with
 * api-service's address pointed at a local port: while nothing answers there, browsers get the
 * maintenance page and API clients a problem document, both 503 with Retry-After; once an API
 * answers, everything it says passes through, its own 503 problems included. CI installs nginx.
 */
class GatewayIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path TEMPLATES = Path.of("..").toAbsolutePath().normalize().resolve("deployments/nginx/templates");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(MAINTENANCE_[A-Z_]+)}");
    private static final Map<String, String> ENVIRONMENT = Map.of("MAINTENANCE_CONTACT_NAME", "Whey support",
            "MAINTENANCE_CONTACT_EMAIL", "help@whey.test", "MAINTENANCE_STATUS_URL", "https://status.whey.test");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process nginx;
    private HttpServer api;

    @AfterEach
    void stop() {
        if (nginx != null) {
            nginx.destroy();
        }
        if (api != null) {
            api.stop(0);
        }
    }

    @Test
    void whileApiServiceIsDownTheGatewayAnswersWithTheMaintenancePageOtherwiseItPassesEverythingOn(@TempDir Path prefix) throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (CI installs it: Debian package nginx-light)");
        int apiPort = FreePorts.any();
        int gatewayPort = FreePorts.any();
        start(prefix, apiPort, gatewayPort);
        String gateway = "http://127.0.0.1:" + gatewayPort;

        HttpResponse<String> page = get(gateway + "/api/v1/products", "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("mailto:help@whey.test", "Whey support", "https://status.whey.test").doesNotContain("${");
        HttpResponse<String> problem = get(gateway + "/api/v1/products", "application/json");
        assertThat(problem.statusCode()).isEqualTo(503);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.body()).contains("\"type\":\"urn:whey:problem:service-unavailable\"", "help@whey.test");

        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), apiPort), 0);
        api.createContext("/", exchange -> {
            boolean busy = exchange.getRequestURI().getPath().equals("/api/v1/busy");
            byte[] body = (busy ? "{\"type\":\"urn:whey:problem:service-unavailable\",\"detail\":\"catalog is down\"}" : "{\"items\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", busy ? "application/problem+json" : "application/json");
            exchange.getResponseHeaders().set("X-Seen-Forwarded-For", String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            exchange.sendResponseHeaders(busy ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        api.start();

        HttpResponse<String> passed = get(gateway + "/api/v1/products", "text/html");
        assertThat(passed.statusCode()).isEqualTo(200);
        assertThat(passed.body()).isEqualTo("{\"items\":[]}");
        assertThat(passed.headers().firstValue("X-Seen-Forwarded-For")).hasValue("127.0.0.1");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/products"))
                .header("X-Forwarded-For", "203.0.113.9").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.headers().firstValue("X-Seen-Forwarded-For")).as("the edge replaces what a client claims")
                .hasValue("127.0.0.1");
        HttpResponse<String> apisOwn503 = get(gateway + "/api/v1/busy", "text/html");
        assertThat(apisOwn503.statusCode()).isEqualTo(503);
        assertThat(apisOwn503.body()).as("api-service's own problem, not the maintenance page").contains("catalog is down");
        assertThat(get(gateway + "/gateway-health", "*/*").statusCode()).isEqualTo(200);
    }

    /** Renders the templates into {@code prefix/conf.d} as the nginx image does, and starts nginx on them. */
    private void start(Path prefix, int apiPort, int gatewayPort) throws IOException, InterruptedException {
        Path confD = Files.createDirectories(prefix.resolve("conf.d"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("tmp"));
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.filter(file -> file.toString().endsWith(".template")).toList()) {
                String rendered = render(Files.readString(template))
                        .replace("server api-service:8080;", "server 127.0.0.1:" + apiPort + ";")
                        .replace("listen 80;", "listen 127.0.0.1:" + gatewayPort + ";")
                        .replace("root /etc/nginx/conf.d;", "root " + confD + ";");
                Files.writeString(confD.resolve(template.getFileName().toString().replace(".template", "")), rendered);
            }
        }
        Files.writeString(prefix.resolve("nginx.conf"), """
                daemon off;
                user root;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    include %1$s/conf.d/*.conf;
                }
                """.formatted(prefix));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(), "-e",
                prefix.resolve("logs/error.log").toString()).redirectErrorStream(true).redirectOutput(prefix.resolve("logs/out.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("http://127.0.0.1:" + gatewayPort + "/gateway-health", "*/*").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                assertThat(nginx.isAlive()).as(() -> "nginx exited: " + log(prefix)).isTrue();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not start: " + log(prefix));
    }

    private static String render(String template) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(rendered, Matcher.quoteReplacement(ENVIRONMENT.get(variable.group(1))));
        }
        return variable.appendTail(rendered).toString();
    }

    private static String log(Path prefix) {
        try {
            return Files.readString(prefix.resolve("logs/error.log")) + Files.readString(prefix.resolve("logs/out.log"));
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
