package com.wheyprice.scraper.deadletter;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.ProblemType;
import com.wheyprice.scraper.api.DeadLetter;
import com.wheyprice.scraper.queue.JobQueue;
import com.wheyprice.scraper.queue.ScrapeJob;
import com.wheyprice.scraper.work.Traceparent;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The dead-letter table: every job that failed its last attempt, recorded once per job id (a
 * worker that dies after recording and before acknowledging records nothing twice), and replayed
 * on an admin's word as a new job for the same listing.
 */
@ApplicationScoped
public class DeadLetters {

    private final Database database;
    private final JobQueue queue;
    private final ObjectMapper json;
    private final Clock clock;
    private final AdminAudit audit;

    DeadLetters(Database database, JobQueue queue, ObjectMapper json, Clock clock, AdminAudit audit) {
        this.audit = audit;
        this.database = database;
        this.queue = queue;
        this.json = json;
        this.clock = clock;
    }

    public Uni<Void> record(ScrapeJob job, String error) {
        String payload;
        try {
            payload = json.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return database.update("""
                INSERT INTO scraper_dead_letter (id, job_id, listing_id, url, retailer, attempts, error, job, failed_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (job_id) DO NOTHING""",
                UUID.randomUUID(), job.jobId(), job.listing().listingId(), job.listing().url(), job.listing().retailer().slug(), job.attempt(),
                error, payload, clock.instant()).replaceWithVoid();
    }

    /** Dead letters oldest first, after the cursor; {@code limit} rows at most. */
    public Uni<List<DeadLetter>> list(Cursor after, boolean includeReplayed, int limit) {
        Conditions where = new Conditions();
        if (!includeReplayed) {
            where.and("replayed_at IS NULL");
        }
        if (after != null) {
            where.and("(failed_at > ? OR (failed_at = ? AND id > ?))", after.at(), after.at(), after.id());
        }
        return database.list("SELECT * FROM scraper_dead_letter" + where.where() + " ORDER BY failed_at, id LIMIT " + where.next(),
                DeadLetters::deadLetter, where.params(limit));
    }

    /**
     * Queues the dead job's listing again as a new job (a new id: it is a new scrape, not the old
     * one retried). 404 when there is no such dead letter, 409 when it was replayed already or its
     * listing has a job in the queue.
     */
    public Uni<DeadLetter> replay(UUID id) {
        return database.first("SELECT * FROM scraper_dead_letter WHERE id = $1", row -> row, id)
                .chain(row -> {
                    if (row == null) {
                        throw new ProblemException(ProblemType.NOT_FOUND, "There is no dead letter " + id + ".");
                    }
                    if (row.getValue("replayed_at") != null) {
                        throw alreadyReplayed();
                    }
                    ScrapeJob dead = queue.read(row.getString("job"));
                    ScrapeJob again = ScrapeJob.first(dead.listing(), Traceparent.current(), clock.instant());
                    return database.update("UPDATE scraper_dead_letter SET replayed_at = $2, replay_job_id = $3 WHERE id = $1 AND replayed_at IS NULL",
                                    id, clock.instant(), again.jobId())
                            .chain(updated -> {
                                if (updated == 0) {
                                    throw alreadyReplayed();
                                }
                                return queue.enqueue(again);
                            })
                            .chain(enqueued -> {
                                if (enqueued) {
                                    return database.first("SELECT * FROM scraper_dead_letter WHERE id = $1", DeadLetters::deadLetter, id)
                                            .call(replayed -> database.inTransaction(tx -> audit.record(tx, AuditAction.DEAD_LETTER_REPLAY,
                                                    "dead-letters:" + id, null, replayed)));
                                }
                                return database.update("UPDATE scraper_dead_letter SET replayed_at = NULL, replay_job_id = NULL WHERE id = $1", id)
                                        .map(ignored -> {
                                            throw new ProblemException(ProblemType.CONFLICT,
                                                    "The listing has a scrape job in the queue already; it is not queued twice.");
                                        });
                            });
                });
    }

    private static ProblemException alreadyReplayed() {
        return new ProblemException(ProblemType.CONFLICT, "This dead letter was replayed already.");
    }

    private static DeadLetter deadLetter(Row row) {
        return new DeadLetter(Rows.uuid(row, "id"), row.getString("job_id"), Rows.uuid(row, "listing_id"), row.getString("url"),
                row.getString("retailer"), row.getInteger("attempts"), row.getString("error"), Rows.instant(row, "failed_at"),
                Rows.instant(row, "replayed_at"), row.getString("replay_job_id"));
    }
}
