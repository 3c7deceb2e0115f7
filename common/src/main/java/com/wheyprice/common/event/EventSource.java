package com.wheyprice.common.event;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.platform.api.event.VersionedEvent;

import io.smallrye.mutiny.Uni;

/**
 * A provider's streams, as a consuming service's {@link StreamReader} reads them: which streams,
 * in which entry field the event is, and what the consumer records for one event. Each provider's
 * typed events are read by its own source, against that provider's contract module.
 */
public interface EventSource {

    /** The provider's part of the stream keys ({@code catalog}, {@code auth}). */
    String namespace();

    /** The streams read, under {@link #namespace()}. */
    List<String> streams();

    /** The entry field that holds the event. */
    String field();

    /**
     * Records what the event (its JSON) means to this consumer, idempotently by its keys; answers
     * null when done, or why it must be dead-lettered instead (unreadable, newer than this build
     * reads, or not an event this consumer takes).
     */
    Uni<String> record(String event, Instant now);

    /**
     * {@code record} of the event read as the provider's contract type, or the reason to
     * dead-letter it: not an event of that contract ({@code what} names it, "a catalog event"),
     * or a schema version newer than this build reads.
     */
    static <T extends VersionedEvent> Uni<String> reading(ObjectMapper json, String event, Class<T> type, String what,
            Function<T, Uni<String>> record) {
        T read;
        try {
            read = json.readValue(event, type);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item("not " + what + " this consumer knows: " + e.getOriginalMessage());
        }
        return read.readable() ? record.apply(read) : Uni.createFrom().item(read.unreadableReason());
    }
}
