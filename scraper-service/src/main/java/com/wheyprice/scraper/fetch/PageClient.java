package com.wheyprice.scraper.fetch;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.net.PublicTargets;
import com.wheyprice.scraper.config.ScraperConfig;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * One HTTP GET, with the limits a crawler needs and nothing else: connect and read timeouts, a
 * cap on the body size (the download stops there), no redirects followed (the caller checks
 * each hop), our User-Agent, and the connection made to the address the target check resolved.
 */
@ApplicationScoped
public class PageClient {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final ScraperConfig.Fetch config;
    private final Clock clock;

    PageClient(Vertx vertx, ScraperConfig config, Clock clock) {
        this.config = config.fetch();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) this.config.connectTimeout().toMillis())
                .setTryUseCompression(true)
                .setForceSni(true)
                .setMaxPoolSize(32)
                .setKeepAliveTimeout(30));
        this.clock = clock;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** GETs the target's URL, through {@code proxy} if one is given. */
    public Uni<FetchedPage> get(PublicTargets.Target target, Map<String, String> headers, Optional<ProxyRotation.Proxy> proxy) {
        URI url = target.url();
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(target.host()).setPort(target.port())
                .setSsl(target.tls()).setURI(path).setFollowRedirects(false)
                .setIdleTimeout(config.readTimeout().toMillis())
                .setTimeout(config.connectTimeout().plus(config.readTimeout()).toMillis() * 2)
                .putHeader("User-Agent", config.userAgent())
                .putHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .putHeader("Accept-Language", "en-IN,en;q=0.8");
        headers.forEach(options::putHeader);
        proxy.ifPresentOrElse(chosen -> options.setProxyOptions(chosen.options),
                () -> options.setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port()))));
        Future<FetchedPage> page = client.request(options)
                .compose(request -> request.send())
                .compose(response -> read(url, response));
        return Uni.createFrom().completionStage(page::toCompletionStage);
    }

    private Future<FetchedPage> read(URI url, HttpClientResponse response) {
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > config.maxBytes()) {
            response.request().reset();
            return Future.failedFuture(FetchException.failed("the page is " + declared + " bytes, more than the " + config.maxBytes() + " allowed"));
        }
        Promise<FetchedPage> done = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + chunk.length() > config.maxBytes()) {
                done.tryFail(FetchException.failed("the page is larger than the " + config.maxBytes() + " bytes allowed"));
                response.request().reset();
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(done::tryFail);
        response.endHandler(ignored -> done.tryComplete(new FetchedPage(url, response.statusCode(),
                body.toString(charset(response.getHeader("Content-Type"))), retryAfter(response.getHeader("Retry-After"), clock.instant()),
                response.getHeader("Location"))));
        return done.future();
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            Matcher matcher = CHARSET.matcher(contentType);
            if (matcher.find()) {
                try {
                    return Charset.forName(matcher.group(1));
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** {@code Retry-After} as seconds or an HTTP date (counted from {@code now}); null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
