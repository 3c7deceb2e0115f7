package com.wheyprice.notify.event;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.platform.api.event.VersionedEvent;

import io.smallrye.mutiny.Uni;

/**
 * A provider's streams of news for people, as {@link EventReader} reads them: which streams, in
 * which entry field the event is, and how one event becomes deliveries. Each provider's typed
 * events are read by its own source, against that provider's contract module.
 */
interface EventSource {

    /** The provider's part of the stream keys ({@code catalog}, {@code auth}). */
    String namespace();

    /** The streams read, under {@link #namespace()}. */
    List<String> streams();

    /** The entry field that holds the event. */
    String field();

    /**
     * Records the deliveries the event (its JSON) makes, idempotently by their keys; answers null
     * when done, or why it must be dead-lettered instead (unreadable, newer than this build reads,
     * or no news for people).
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
