package com.wheyprice.catalog.quarantine;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.catalog.api.QuarantinedPrice;
import com.wheyprice.catalog.api.QuarantinedPrice.Decider;
import com.wheyprice.catalog.api.QuarantinedPrice.Status;
import com.wheyprice.catalog.api.scraping.ScrapeResults.Outcome;
import com.wheyprice.catalog.api.scraping.ScrapeResults.Result;
import com.wheyprice.catalog.ingest.IngestService;
import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * An admin's decision on a held-back price, in one transaction with its audit record. Confirmed,
 * the price is taken as the scrape result it came in with: it enters the history and, when it is
 * the listing's newest, becomes the offer, with the events and alerts of any offer change.
 * Rejected, it stays only as the record of what was held. Only a pending price can be decided.
 */
@ApplicationScoped
public class QuarantineDecisions {

    private final Database database;
    private final PriceQuarantine quarantine;
    private final IngestService ingest;
    private final ProductReadModels readModels;
    private final OutboxRelay relay;
    private final AdminAudit audit;

    QuarantineDecisions(Database database, PriceQuarantine quarantine, IngestService ingest, ProductReadModels readModels, OutboxRelay relay,
            AdminAudit audit) {
        this.database = database;
        this.quarantine = quarantine;
        this.ingest = ingest;
        this.readModels = readModels;
        this.relay = relay;
        this.audit = audit;
    }

    public Uni<QuarantinedPrice> confirm(UUID id) {
        return decide(id, Status.CONFIRMED, (tx, held) -> ingest.takeConfirmed(tx, resultOf(held))
                .chain(product -> product == null ? Uni.createFrom().voidItem() : readModels.refreshOffers(tx, List.of(product))))
                .call(() -> relay.relay().onFailure().recoverWithNull());
    }

    public Uni<QuarantinedPrice> reject(UUID id) {
        return decide(id, Status.REJECTED, (tx, held) -> Uni.createFrom().voidItem());
    }

    /** What deciding does beyond marking the price decided. */
    private interface Effect {
        Uni<Void> apply(SqlSession tx, QuarantinedPrice held);
    }

    private Uni<QuarantinedPrice> decide(UUID id, Status status, Effect effect) {
        return database.inTransaction(tx -> quarantine.lock(tx, id).chain(held -> {
            if (held == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no held-back price " + id);
            }
            if (held.status() != Status.PENDING) {
                throw new ProblemException(ProblemType.CONFLICT, "this price was already " + held.status().name().toLowerCase());
            }
            return quarantine.decide(tx, id, status, Decider.ADMIN)
                    .chain(() -> effect.apply(tx, held))
                    .chain(() -> quarantine.lock(tx, id))
                    .call(decided -> audit.record(tx, status == Status.CONFIRMED ? AuditAction.PRICE_QUARANTINE_CONFIRM
                            : AuditAction.PRICE_QUARANTINE_REJECT, "quarantine:" + id, Map.of("status", Status.PENDING), decided));
        }));
    }

    private static Result resultOf(QuarantinedPrice held) {
        return new Result(held.jobId(), held.listingId(), held.observedAt(), Outcome.OK, held.price(), held.listPrice(), held.availability(),
                null);
    }
}
