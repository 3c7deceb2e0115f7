package com.wheyprice.notify.webhook;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.config.Environment;
import com.wheyprice.common.net.PublicTargets;
import com.wheyprice.notify.config.NotifyConfig;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SocketAddress;

/**
 * One webhook POST: to the address {@link WebhookTargets} checked (never a fresh lookup by the
 * client), TLS with the host name verified, no redirects followed, the whole exchange bounded by
 * {@code NOTIFY_WEBHOOK_TIMEOUT}. Answers the receiver's status. Development may trust one local
 * receiver's certificate instead of the JDK's CAs ({@code NOTIFY_WEBHOOK_TRUST_PEM}).
 */
@ApplicationScoped
public class WebhookClient {

    private final HttpClient client;
    private final NotifyConfig.Webhook config;

    WebhookClient(Vertx vertx, NotifyConfig config, Environment environment) {
        this.config = config.webhook();
        HttpClientOptions options = new HttpClientOptions().setSsl(true).setVerifyHost(true).setForceSni(true)
                .setConnectTimeout((int) this.config.timeout().toMillis()).setMaxPoolSize(16).setKeepAliveTimeout(30);
        this.config.trustPem().filter(path -> !path.isBlank()).ifPresent(path -> {
            if (!environment.development()) {
                throw new IllegalStateException("NOTIFY_WEBHOOK_TRUST_PEM is for development only");
            }
            options.setTrustOptions(new PemTrustOptions().addCertPath(path));
        });
        this.client = vertx.createHttpClient(options);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** POSTs the JSON body with the given headers; answers the status the receiver gave. */
    public Uni<Integer> post(PublicTargets.Target target, Map<String, String> headers, String body) {
        URI url = target.url();
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.host()).setPort(target.port()).setSsl(true)
                .setURI(path).setFollowRedirects(false).setTimeout(config.timeout().toMillis())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .putHeader("Content-Type", "application/json").putHeader("User-Agent", "WheyPrice-Webhooks/1");
        headers.forEach(request::putHeader);
        return Uni.createFrom().completionStage(() -> client.request(request)
                .compose(sent -> sent.send(body))
                .compose(response -> response.end().map(ignored -> response.statusCode()))
                .toCompletionStage());
    }
}
