package com.wheyprice.api.downstream;

import java.util.List;
import java.util.Map;

/**
 * A downstream service's answer as api-service sends it on: the status, the headers a client
 * needs (content type, ETag, Location, Retry-After, ...), and the body as bytes, never parsed.
 */
public record Relayed(int status, Map<String, List<String>> headers, byte[] body) {
}
