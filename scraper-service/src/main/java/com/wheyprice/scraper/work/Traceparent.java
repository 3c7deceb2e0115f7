package com.wheyprice.scraper.work;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/** W3C {@code traceparent} values, so a job carries the trace of whoever enqueued it and its scrape joins that trace. */
public final class Traceparent {

    private Traceparent() {
    }

    /** The current span's traceparent, or null when there is none. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** A context whose parent is the given traceparent (the current context when it is missing or malformed). */
    static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.current();
        }
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16 || parts[3].length() != 2) {
            return Context.current();
        }
        SpanContext remote = SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.fromHex(parts[3], 0), TraceState.getDefault());
        return remote.isValid() ? Context.current().with(Span.wrap(remote)) : Context.current();
    }
}
