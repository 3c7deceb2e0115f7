package com.wheyprice.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How far the erasure of one person has gone across the platform.
 *
 * @param requested whether the person's account is erased (auth-service's part, which starts the rest)
 * @param complete  whether every service that holds personal data has erased its part
 * @param services  each such service's part
 */
@Schema(requiredProperties = { "subject", "requested", "complete", "services" })
public record ErasureStatus(UUID subject, boolean requested, boolean complete, List<ServiceErasure> services) {

    /** Where one service's part stands. */
    public enum State {
        /** The service erased what it held, at {@code erasedAt}. */
        ERASED,
        /** The service has not erased yet: it will when it reads the erasure (at once while it runs, when it returns otherwise). */
        PENDING,
        /** The service did not answer; ask again later. */
        UNREACHABLE
    }

    /** One service's part of the erasure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "service", "state" })
    public record ServiceErasure(String service, State state, Instant erasedAt) {
    }

    /** The status from every service's part, the first being auth-service's, whose erasure starts the others'. */
    static ErasureStatus of(UUID subject, List<ServiceErasure> services) {
        boolean complete = services.stream().allMatch(part -> part.state() == State.ERASED);
        return new ErasureStatus(subject, services.get(0).state() == State.ERASED, complete, services);
    }
}
