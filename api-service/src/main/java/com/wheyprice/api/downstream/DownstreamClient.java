package com.wheyprice.api.downstream;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.util.TypeLiteral;

import com.wheyprice.api.config.ApiConfig;
import com.wheyprice.platform.api.Problem;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * The one way api-service calls one downstream service: kept-alive HTTP connections, the answer
 * handed back as bytes (a problem's {@code instance} set to the public path), a client span whose context goes along as {@code traceparent} (so a
 * client's request is one trace from api-service through the services behind it), and fault
 * tolerance. Reads are retried (they are idempotent), writes are not; a circuit breaker stops
 * calling a service that keeps failing, and a bulkhead caps the calls in flight, so a slow
 * service makes clients wait a bounded time and then get a quick 503 instead of piling up.
 */
public final class DownstreamClient {

    private static final Set<String> RELAYED = Set.of("content-type", "etag", "location", "retry-after", "cache-control", "last-modified",
            "link", "set-cookie", "www-authenticate", "vary", "content-language");
    private static final Set<Integer> DOWN = Set.of(502, 503, 504);
    private static final TextMapSetter<MultiMap> SETTER = MultiMap::set;

    private final String name;
    private final String ownPrefix;
    private final String publicPrefix;
    private final HttpClient http;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final String basePath;
    private final long timeoutMillis;
    private final OpenTelemetry telemetry;
    private final Tracer tracer;
    private final TypedGuard<Uni<Relayed>> readGuard;
    private final TypedGuard<Uni<Relayed>> writeGuard;

    /**
     * @param ownPrefix    the path prefix of the service's own public routes ({@code /catalog/})
     * @param publicPrefix where those routes are in the public API ({@code /api/v1/}); a
     *                     {@code Location} the service answers is rewritten from one to the other
     */
    DownstreamClient(String name, String ownPrefix, String publicPrefix, Vertx vertx, String baseUrl, ApiConfig.Downstream config,
            OpenTelemetry telemetry) {
        URI base = URI.create(baseUrl);
        this.name = name;
        this.ownPrefix = ownPrefix;
        this.publicPrefix = publicPrefix;
        this.ssl = "https".equalsIgnoreCase(base.getScheme());
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        this.basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        this.timeoutMillis = config.timeout().toMillis();
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("com.wheyprice.api.downstream");
        this.readGuard = guard(name + " reads", true);
        this.writeGuard = guard(name + " writes", false);
        this.http = vertx.createHttpClient(new HttpClientOptions().setSsl(ssl).setKeepAlive(true).setMaxPoolSize(config.maxConnections())
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
    }

    private static TypedGuard<Uni<Relayed>> guard(String description, boolean retry) {
        TypedGuard.Builder<Uni<Relayed>> guard = TypedGuard.create(new TypeLiteral<Uni<Relayed>>() {
        }).withDescription(description);
        if (retry) {
            guard = guard.withRetry().maxRetries(2).delay(50, ChronoUnit.MILLIS).jitter(25, ChronoUnit.MILLIS)
                    .whenException(error -> error instanceof DownstreamUnavailable unavailable && unavailable.retryable()).done();
        }
        return guard.withCircuitBreaker().requestVolumeThreshold(20).failureRatio(0.5).delay(5, ChronoUnit.SECONDS)
                .failOn(DownstreamUnavailable.class).done()
                .withBulkhead().limit(256).queueSize(512).done()
                .build();
    }

    public String name() {
        return name;
    }

    /**
     * The service's answer, whatever its status; fails with {@link DownstreamUnavailable} when
     * there is none or it says it is down, or with the circuit breaker's or bulkhead's refusal.
     */
    public Uni<Relayed> call(DownstreamRequest request) {
        return (request.idempotent() ? readGuard : writeGuard).get(() -> traced(request));
    }

    private Uni<Relayed> traced(DownstreamRequest request) {
        Span span = tracer.spanBuilder(request.method().name() + " " + name).setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", request.method().name()).setAttribute("url.path", request.path()).startSpan();
        return send(request, Context.current().with(span))
                .invoke(answer -> span.setAttribute("http.response.status_code", answer.status()))
                .onFailure().invoke(error -> span.setStatus(StatusCode.ERROR, error.getMessage()))
                .onTermination().invoke(span::end);
    }

    private Uni<Relayed> send(DownstreamRequest request, Context trace) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach(headers::set);
        telemetry.getPropagators().getTextMapPropagator().inject(trace, headers, SETTER);
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(host).setPort(port).setSsl(ssl)
                .setURI(basePath + request.uri()).setHeaders(headers).setTimeout(timeoutMillis);
        return http.request(options)
                .chain(outgoing -> request.body() == null ? outgoing.send() : outgoing.send(Buffer.buffer(request.body())))
                .chain(response -> response.body().map(body -> relayed(response, body)))
                .map(this::publicLocation)
                .map(answer -> publicInstance(answer, request.publicPath()))
                .onFailure().transform(error -> new DownstreamUnavailable(name + " did not answer: " + error.getMessage(), null, error))
                .invoke(answer -> {
                    if (DOWN.contains(answer.status())) {
                        throw new DownstreamUnavailable(name + " answered " + answer.status(), answer, null);
                    }
                });
    }

    /**
     * A {@code Location} pointing into the service itself (as JAX-RS makes it: absolute, on the
     * address api-service called) becomes the public path of the same resource; one pointing
     * elsewhere (an affiliate redirect to a retailer) is left alone.
     */
    private Relayed publicLocation(Relayed answer) {
        List<String> location = answer.headers().get("location");
        if (location == null || location.size() != 1) {
            return answer;
        }
        URI target = URI.create(location.get(0));
        boolean own = !target.isAbsolute() || (host.equalsIgnoreCase(target.getHost()) && port == target.getPort());
        if (own && target.getRawPath() != null && target.getRawPath().startsWith(basePath + ownPrefix)) {
            String path = publicPrefix + target.getRawPath().substring(basePath.length() + ownPrefix.length());
            location.set(0, target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
        }
        return answer;
    }

    /**
     * A problem's {@code instance} names the path the client called ({@code /api/v1/products/x}),
     * not the service's own ({@code /catalog/products/x}), which is no address of the public API.
     * Only problem bodies are parsed; every other answer passes as bytes.
     */
    private static Relayed publicInstance(Relayed answer, String publicPath) {
        List<String> type = answer.headers().get("content-type");
        if (publicPath == null || type == null || type.isEmpty() || !type.get(0).startsWith(Problem.MEDIA_TYPE)) {
            return answer;
        }
        try {
            JsonObject problem = new JsonObject(io.vertx.core.buffer.Buffer.buffer(answer.body()));
            if (!problem.containsKey("instance")) {
                return answer;
            }
            return new Relayed(answer.status(), answer.headers(), problem.put("instance", publicPath).toBuffer().getBytes());
        } catch (DecodeException e) {
            return answer;
        }
    }

    private static Relayed relayed(HttpClientResponse response, Buffer body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach(header -> {
            String key = header.getKey().toLowerCase(Locale.ROOT);
            if (RELAYED.contains(key)) {
                headers.computeIfAbsent(key, ignored -> new ArrayList<>()).add(header.getValue());
            }
        });
        return new Relayed(response.statusCode(), headers, body.getBytes());
    }
}
