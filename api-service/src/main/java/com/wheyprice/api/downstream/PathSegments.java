package com.wheyprice.api.downstream;

import java.util.regex.Pattern;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

/**
 * Checks a path parameter before it becomes part of a downstream path: slugs and ids only, so
 * that no client can steer a call to another downstream path ("../internal") by encoding one.
 */
public final class PathSegments {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private PathSegments() {
    }

    public static String safe(String segment) {
        if (segment == null || !SAFE.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no such resource");
        }
        return segment;
    }
}
