package com.wheyprice.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.crypto.SecretKeys;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

/**
 * Signs webhook deliveries as the Standard Webhooks specification says: {@code webhook-id} (the
 * delivery's id, the same on every retry), {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature} ({@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}
 * under the webhook's secret). The secret ({@code whsec_} and base64 of 32 bytes) is derived from
 * {@code NOTIFY_WEBHOOK_KEY} and the webhook's id, so it is never stored: shown once when the
 * webhook is registered, and derived again for every signature. Built at start-up, so a
 * production instance without the key never starts.
 */
@Startup
@ApplicationScoped
public class WebhookSigner {

    static final String SECRET_PREFIX = "whsec_";

    private final Uni<byte[]> key;

    WebhookSigner(NotifyConfig config, SecretKeys keys) {
        this.key = keys.key("webhook-key", "NOTIFY_WEBHOOK_KEY", config.webhook().key());
    }

    /** The webhook's signing secret, as its owner is shown it once. */
    public Uni<String> secret(UUID webhookId) {
        return key.map(master -> SECRET_PREFIX + Base64.getEncoder().encodeToString(SecretKeys.mac(master, "webhook-secret:" + webhookId)));
    }

    /** The three headers of a delivery of {@code body} to the webhook, signed with its secret. */
    public Uni<Map<String, String>> headers(UUID webhookId, String messageId, long timestamp, String body) {
        return secret(webhookId).map(secret -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", messageId);
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", signature(secret, messageId, timestamp, body));
            return headers;
        });
    }

    /** The {@code webhook-signature} value for a message, by the specification's algorithm. */
    static String signature(String secret, String messageId, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
        byte[] signed = SecretKeys.mac(key, messageId + "." + timestamp + "." + body);
        return "v1," + new String(Base64.getEncoder().encode(signed), StandardCharsets.US_ASCII);
    }
}
