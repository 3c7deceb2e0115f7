package com.wheyprice.common.tracing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Keeps secrets that travel in query strings out of traces: the tokens of e-mailed links
 * ({@code ?token=} of verification, reset and unsubscribe links) and of OAuth redirects
 * ({@code code}, {@code state}) would otherwise be stored by Jaeger with every span's URL
 * attributes. Each span's URL attributes are rewritten as it starts (the HTTP instrumentation sets
 * them then), the key kept and the value replaced, as the semantic conventions for
 * {@code url.query} recommend. Every service registers it: it is a CDI bean of common.
 */
@ApplicationScoped
public class SecretQueryRedaction implements SpanProcessor {

    static final String REDACTED = "REDACTED";
    private static final List<AttributeKey<String>> URL_ATTRIBUTES = List.of(AttributeKey.stringKey("url.query"), AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("http.target"), AttributeKey.stringKey("http.url"));
    /** A query parameter whose value is a secret, wherever in a query or URL it stands. */
    private static final Pattern SECRET = Pattern.compile(
            "(^|[?&])(token|code|state|access_token|refresh_token|id_token|client_secret|password|signature|sig)=([^&#]*)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : URL_ATTRIBUTES) {
            String value = span.getAttribute(key);
            if (value != null) {
                String redacted = redact(value);
                if (!redacted.equals(value)) {
                    span.setAttribute(key, redacted);
                }
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // everything is done as the span starts
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    /** The query or URL with the value of every secret parameter replaced by {@value #REDACTED}. */
    static String redact(String value) {
        Matcher matcher = SECRET.matcher(value);
        return matcher.find() ? matcher.replaceAll("$1$2=" + REDACTED) : value;
    }
}
