package com.wheyprice.scraper.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.scraper.config.ScraperConfig;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The scrape queue on Redis Streams (Redis 7.0 commands only). Jobs are entries of one stream
 * read by one consumer group; a listing has at most one job in the queue at a time (a pending
 * marker set with the entry); a worker acknowledges a job only once its result is stored, and
 * the entry is deleted with the acknowledgement, so the stream holds only jobs not yet done and
 * never needs trimming that could drop one. Jobs a dead worker held are taken over with
 * {@code XAUTOCLAIM} after the visibility timeout. Retries wait in a sorted set scored by when
 * they are due; after the last attempt a job goes to the dead-letter stream. Every step that
 * touches more than one key is one Lua script, so a crash never leaves a job half-moved.
 */
@ApplicationScoped
public class JobQueue {

    private static final Logger LOG = Logger.getLogger(JobQueue.class);
    static final String GROUP = "scrapers";
    /** A pending marker outlives any job it guards; it is deleted when the job is done. */
    private static final Duration PENDING_MARKER_TTL = Duration.ofHours(24);

    private static final LuaScript DISCARD = new LuaScript("""
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            return 1""");
    /** Resets the job's idle time, if this consumer still holds it, and extends its listing lock, if the job still owns it. */
    private static final LuaScript KEEP_CLAIMED = new LuaScript("""
            local mine = redis.call('XPENDING', KEYS[1], ARGV[1], 'IDLE', 0, ARGV[3], ARGV[3], 1, ARGV[2])
            if #mine == 0 then return 0 end
            redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
            if redis.call('GET', KEYS[2]) == ARGV[4] then redis.call('PEXPIRE', KEYS[2], ARGV[5]) end
            return 1""");
    private static final LuaScript ENQUEUE = new LuaScript("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[3]) then
              return redis.call('XADD', KEYS[2], '*', 'job', ARGV[2])
            end
            return false""");
    private static final LuaScript COMPLETE = new LuaScript("""
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
            return 1""");
    /** Due by the Redis server's clock, the one {@link #PROMOTE} compares with, whatever this instance's clock says. */
    private static final LuaScript RETRY = new LuaScript(LuaScript.NOW_MS + """
            redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[4])
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            return 1""");
    private static final LuaScript PROMOTE = new LuaScript(LuaScript.NOW_MS + """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
            for _, job in ipairs(due) do
              redis.call('ZREM', KEYS[1], job)
              redis.call('XADD', KEYS[2], '*', 'job', job)
            end
            return #due""");
    private static final LuaScript DEAD = new LuaScript("""
            redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], '*', 'job', ARGV[4], 'error', ARGV[6])
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            if redis.call('GET', KEYS[3]) == ARGV[3] then redis.call('DEL', KEYS[3]) end
            return 1""");

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final ObjectMapper json;
    private final ScraperConfig config;
    private volatile boolean groupReady;

    JobQueue(ReactiveRedisDataSource redis, RedisKeys keys, ObjectMapper json, ScraperConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.config = config;
    }

    String stream() {
        return keys.key("scrape", "jobs");
    }

    String delayed() {
        return keys.key("scrape", "delayed");
    }

    String deadLetters() {
        return keys.key("scrape", "dead");
    }

    private String pendingMarker(UUID listingId) {
        return keys.key("scrape", "pending", listingId.toString());
    }

    /** Adds the job unless its listing already has one in the queue; tells whether it was added. */
    public Uni<Boolean> enqueue(ScrapeJob job) {
        return ensureGroup().chain(() -> ENQUEUE.run(redis, List.of(pendingMarker(job.listing().listingId()), stream()),
                        job.jobId(), write(job), Long.toString(PENDING_MARKER_TTL.toMillis())))
                .map(response -> response != null);
    }

    /** Up to {@code count} new jobs for this consumer, waiting up to the configured block time for one to arrive. */
    public Uni<List<QueuedJob>> claim(String consumer, int count) {
        XReadGroupArgs args = new XReadGroupArgs().count(count).block(config.queue().block());
        return ensureGroup().chain(() -> redis.stream(String.class).xreadgroup(GROUP, consumer, stream(), ">", args))
                .onFailure().invoke(this::forgetGroupIfGone)
                .map(messages -> jobs(consumer, messages));
    }

    /** Jobs another consumer claimed longer than the visibility timeout ago and never acknowledged, now this consumer's. */
    public Uni<List<QueuedJob>> takeOverStale(String consumer, int count) {
        return ensureGroup().chain(() -> redis.stream(String.class)
                        .xautoclaim(stream(), GROUP, consumer, config.queue().visibilityTimeout(), "0-0", count))
                .onFailure().invoke(this::forgetGroupIfGone)
                .map(claimed -> jobs(consumer, claimed.getMessages()));
    }

    /**
     * Tells the queue the job is still being worked, so it is not taken over: while a worker
     * waits its turn at a busy domain or for catalog, the job's idle time starts again and its
     * listing lock is extended. Answers false when the job is no longer this worker's.
     */
    public Uni<Boolean> keepClaimed(QueuedJob queued, String listingLock, Duration lockFor) {
        return KEEP_CLAIMED.run(redis, List.of(stream(), listingLock), GROUP, queued.consumer(), queued.entryId(), queued.job().jobId(),
                Long.toString(lockFor.toMillis())).map(response -> response.toInteger() == 1);
    }

    /** The job is done (its result is stored): acknowledged, removed, and its listing may be queued again. */
    public Uni<Void> complete(QueuedJob queued) {
        return COMPLETE.run(redis, List.of(stream(), pendingMarker(queued.job().listing().listingId())), GROUP, queued.entryId(),
                queued.job().jobId()).replaceWithVoid();
    }

    /** Puts the job back to run again after {@code delay}, as the given job (usually its next attempt). */
    public Uni<Void> retryLater(QueuedJob queued, ScrapeJob again, Duration delay) {
        return RETRY.run(redis, List.of(stream(), delayed()), GROUP, queued.entryId(), Long.toString(delay.toMillis()), write(again))
                .replaceWithVoid();
    }

    /** Moves retries whose time has come back into the stream; returns how many. Safe to run on every instance. */
    public Uni<Integer> promoteDueRetries() {
        return PROMOTE.run(redis, List.of(delayed(), stream()), "500").map(Response::toInteger);
    }

    /** The job gave up: onto the dead-letter stream with its last error, acknowledged, and its listing free again. */
    public Uni<Void> deadLetter(QueuedJob queued, String error) {
        return DEAD.run(redis, List.of(stream(), deadLetters(), pendingMarker(queued.job().listing().listingId())), GROUP, queued.entryId(),
                queued.job().jobId(), write(queued.job()), Long.toString(config.queue().deadLetterMaxLength()), error == null ? "" : error)
                .replaceWithVoid();
    }

    /** Counts for the gauges: waiting or in flight, in flight, waiting to retry, dead letters. */
    public Uni<Depths> depths() {
        return ensureGroup().chain(() -> Uni.combine().all().unis(
                        redis.stream(String.class).xlen(stream()),
                        redis.execute("XPENDING", stream(), GROUP).map(response -> response.get(0).toLong()),
                        redis.sortedSet(String.class).zcard(delayed()),
                        redis.stream(String.class).xlen(deadLetters()))
                .with((total, inFlight, retrying, dead) -> new Depths(total, inFlight, retrying, dead)));
    }

    /** Queue sizes at one moment. */
    public record Depths(long queued, long inFlight, long retrying, long deadLetters) {
    }

    public ScrapeJob read(String payload) {
        if (payload == null) {
            throw new IllegalArgumentException("no job in the entry");
        }
        try {
            return json.readValue(payload, ScrapeJob.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable scrape job: " + e.getOriginalMessage(), e);
        }
    }

    private String write(ScrapeJob job) {
        try {
            return json.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<QueuedJob> jobs(String consumer, List<StreamMessage<String, String, String>> messages) {
        List<QueuedJob> jobs = new ArrayList<>(messages.size());
        for (StreamMessage<String, String, String> message : messages) {
            String payload = message.payload() == null ? null : message.payload().get("job");
            try {
                jobs.add(new QueuedJob(message.id(), consumer, read(payload)));
            } catch (IllegalArgumentException e) {
                LOG.errorf("scrape queue entry %s holds no readable job (%s); removed", message.id(), e.getMessage());
                discard(message.id());
            }
        }
        return jobs;
    }

    private void discard(String entryId) {
        DISCARD.run(redis, List.of(stream()), GROUP, entryId)
                .subscribe().with(ignored -> { }, error -> LOG.warnf("could not remove scrape queue entry %s: %s", entryId, error.getMessage()));
    }

    /** After Redis lost its data (a restart without persistence) the group must be made again. */
    private void forgetGroupIfGone(Throwable error) {
        if (String.valueOf(error.getMessage()).contains("NOGROUP")) {
            groupReady = false;
        }
    }

    /** Creates the consumer group (and the stream) once; a group that exists already is fine. */
    private Uni<Void> ensureGroup() {
        if (groupReady) {
            return Uni.createFrom().voidItem();
        }
        return redis.execute("XGROUP", "CREATE", stream(), GROUP, "0", "MKSTREAM")
                .onFailure(error -> String.valueOf(error.getMessage()).contains("BUSYGROUP")).recoverWithNull()
                .invoke(() -> groupReady = true)
                .replaceWithVoid();
    }
}
