package com.wheyprice.common.concurrency;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

/**
 * Optimistic concurrency over HTTP: every versioned row answers with {@code ETag: "v<version>"},
 * and a change must send the version it was based on in {@code If-Match}. Without it the answer
 * is 428; with a stale one, 412, and nothing changes.
 */
public final class Versions {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"v(\\d{1,18})\"\\s*$");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** The version a client's {@code If-Match} names; 428 when it sent none, 412 when it is not one of ours. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag you read, so a concurrent change is not overwritten");
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match does not name a version of this resource");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The 412 for a change based on a version that is no longer current. */
    public static ProblemException stale() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "it was changed since you read it; read it again and retry");
    }
}
