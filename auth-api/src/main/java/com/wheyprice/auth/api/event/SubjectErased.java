package com.wheyprice.auth.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A person erased their account: every service that holds data about them erases or detaches its
 * part, once, and records that it did (each answers {@link com.wheyprice.platform.api.ErasureReceipt}
 * for the subject). auth-service publishes it through its outbox in the transaction of the erasure,
 * so it is never lost; a service that was down reads it from its consumer group when it returns.
 *
 * @param subject the erased account's id, as tokens name it ({@code sub}) and other services store it
 */
public record SubjectErased(UUID id, int version, Instant at, UUID subject) implements AuthEvent {

    public static final String TYPE = "subject-erased";
    public static final int VERSION = 1;

    public static SubjectErased of(UUID id, Instant at, UUID subject) {
        return new SubjectErased(id, VERSION, at, subject);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
