package com.wheyprice.common.error;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.wheyprice.platform.api.Problem;
import com.wheyprice.platform.api.ProblemType;

/**
 * Thrown by application code to answer with a problem of a given type; the message becomes the
 * problem's {@code detail}, so it must be fit for the client to read. Checks that only the
 * application can make (a password policy, a unique email) report their fields as a
 * validation failure does.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.errors = errors;
        this.headers = headers;
    }

    /** A 429 telling the client when to try again (whole seconds, rounded up, at least 1). */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, null, Map.of("Retry-After", retryAfterSeconds(retryAfter)));
    }

    /** A 503 for a service the request needs that is down or overloaded, telling the client when to try again. */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, null, Map.of("Retry-After", retryAfterSeconds(retryAfter)));
    }

    private static String retryAfterSeconds(Duration retryAfter) {
        return Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    /** A validation failure of one field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "1 field is invalid", List.of(new Problem.FieldError(field, message)));
    }

    /** The constant of {@code type} that {@code value} names, in any case; anything else is a 400 naming {@code field} and the choices. */
    public static <E extends Enum<E>> E enumField(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalidField(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Response headers the problem needs, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
