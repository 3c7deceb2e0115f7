package com.wheyprice.api.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.wheyprice.api.config.ApiConfig;
import com.wheyprice.api.downstream.DownstreamClient;
import com.wheyprice.api.downstream.DownstreamRequest;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.Relayed;
import com.wheyprice.api.downstream.Relays;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Public catalog reads through the response cache. A fresh cached answer is served without
 * calling catalog-service; otherwise catalog's answer is cached on the way out. Every answer
 * has an ETag, and a client that sends it back in {@code If-None-Match} gets a 304 with no body.
 * While catalog-service is down, an answer no older than max-stale is served with
 * {@code Warning: 110} and {@code Age}, instead of a 503. {@code X-Cache} says which happened.
 * If Redis is away, reads go to catalog-service as if nothing were cached.
 */
@ApplicationScoped
public class CachedReads {

    private static final Logger LOG = Logger.getLogger(CachedReads.class);
    private static final List<String> CACHED_TYPES = List.of("application/json");

    private final ResponseCache cache;
    private final DownstreamClient catalog;
    private final boolean enabled;
    private final MeterRegistry metrics;

    CachedReads(ResponseCache cache, Downstreams downstreams, ApiConfig config, MeterRegistry metrics) {
        this.cache = cache;
        this.catalog = downstreams.catalog();
        this.enabled = config.cache().enabled();
        this.metrics = metrics;
    }

    public Uni<Response> get(HttpServerRequest request, String path) {
        return get(request, DownstreamRequest.of(request, path, null));
    }

    /** As {@link #get(HttpServerRequest, String)}, for a call the resource has adjusted (the cache key is its path and query). */
    public Uni<Response> get(HttpServerRequest request, DownstreamRequest downstream) {
        DownstreamRequest call = downstream.without("If-None-Match");
        if (!enabled) {
            return Relays.relay(catalog, call);
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        return cache.lookup(call.uri())
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("response cache not read (%s); asking catalog-service", error.getMessage());
                    return new ResponseCache.Lookup(null, null);
                })
                .chain(lookup -> {
                    ResponseCache.Entry entry = lookup.entry();
                    if (entry != null && entry.fresh()) {
                        return Uni.createFrom().item(answer(entry.etag(), entry.contentType(), entry.body(), entry.link(), ifNoneMatch,
                                "HIT"));
                    }
                    return Relays.respond(catalog, call, answer -> fromCatalog(call, lookup.generation(), answer, ifNoneMatch),
                            () -> entry != null ? Uni.createFrom().item(stale(entry, ifNoneMatch)) : Relays.unavailable(catalog.name()));
                });
    }

    private Uni<Response> fromCatalog(DownstreamRequest call, String generation, Relayed answer, String ifNoneMatch) {
        String type = answer.headers().getOrDefault("content-type", List.of("")).get(0);
        if (answer.status() != 200 || generation == null || CACHED_TYPES.stream().noneMatch(type::startsWith)) {
            return Uni.createFrom().item(Relays.response(answer));
        }
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String link = String.join(", ", answer.headers().getOrDefault("link", List.of()));
        return cache.store(call.uri(), generation, type, body, link)
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("response cache not written (%s)", error.getMessage());
                    return ResponseCache.etag(body);
                })
                .map(etag -> answer(etag, type, body, link, ifNoneMatch, "MISS"));
    }

    private Response answer(String etag, String type, String body, String link, String ifNoneMatch, String how) {
        metrics.counter("whey_api_cache_total", "result", how.toLowerCase()).increment();
        Response.ResponseBuilder response = matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(body.getBytes(StandardCharsets.UTF_8), type);
        if (!link.isEmpty()) {
            response.header("Link", link);
        }
        return response.header("ETag", etag).header("Cache-Control", "no-cache").header("X-Cache", how).build();
    }

    private Response stale(ResponseCache.Entry entry, String ifNoneMatch) {
        Response fresh = answer(entry.etag(), entry.contentType(), entry.body(), entry.link(), ifNoneMatch, "STALE");
        return Response.fromResponse(fresh).header("Warning", "110 - \"Response is Stale\"")
                .header("Age", Long.toString(entry.age().toSeconds())).build();
    }

    /** {@code If-None-Match}: a list of ETags or {@code *}; weak ones compare by their value. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
