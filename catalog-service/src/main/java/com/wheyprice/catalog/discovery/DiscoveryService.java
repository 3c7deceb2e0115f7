package com.wheyprice.catalog.discovery;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.catalog.api.CatalogEntries;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.common.flags.FeatureFlags;
import com.wheyprice.common.flags.Flags;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Shoppers' product submissions: checked (see {@link ProductUrls}), de-duplicated on their
 * normalised URL while pending or approved, and queued for an admin, whose approval creates the
 * listing, due at once, so the next scheduler run scrapes it. Either decision raises a
 * {@code discovery-decided} event, so the submitter is told.
 */
@ApplicationScoped
public class DiscoveryService {

    /** The outcome of a submission: the discovery, and whether it was already known. */
    public record Submitted(Discovery discovery, boolean duplicate) {
    }

    private final Database database;
    private final CatalogWriter writer;
    private final ProductUrlPolicy urls;
    private final FeatureFlags flags;
    private final Outbox outbox;
    private final AdminAudit audit;
    private final Clock clock;

    DiscoveryService(Database database, CatalogWriter writer, ProductUrlPolicy urls, FeatureFlags flags, Outbox outbox, AdminAudit audit,
            Clock clock) {
        this.audit = audit;
        this.database = database;
        this.writer = writer;
        this.urls = urls;
        this.flags = flags;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records a submission, unless the {@code discovery-submissions} emergency switch is off (503). */
    public Uni<Submitted> submit(UUID userId, String url, String note) {
        return flags.isOn(Flags.DISCOVERY_SUBMISSIONS, true)
                .invoke(open -> {
                    if (!open) {
                        throw ProblemException.unavailable("product suggestions are closed for the moment; please try again later",
                                Duration.ofMinutes(5));
                    }
                })
                // the check resolves the host name, so it runs off the event loop
                .chain(open -> Uni.createFrom().item(() -> urls.check(url)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onFailure(IllegalArgumentException.class).transform(e -> ProblemException.invalidField("url", e.getMessage()))
                .chain(checked -> database.inTransaction(tx -> tx.first("SELECT id FROM catalog_retailer WHERE domain = $1",
                                row -> Rows.uuid(row, "id"), checked.domain())
                        .chain(retailerId -> tx.first("""
                                INSERT INTO catalog_discovery (id, url, normalized_url, domain, retailer_id, submitted_by, note, status, created_at)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, 'PENDING', $8)
                                ON CONFLICT (normalized_url) WHERE status <> 'REJECTED' DO NOTHING
                                RETURNING *""", DiscoveryService::discovery, UUID.randomUUID(), url.trim(), checked.normalized(),
                                checked.domain(), retailerId, userId, note, clock.instant()))
                        .chain(created -> created != null
                                ? Uni.createFrom().item(new Submitted(created, false))
                                : tx.first("SELECT * FROM catalog_discovery WHERE normalized_url = $1 AND status <> 'REJECTED'",
                                        DiscoveryService::discovery, checked.normalized()).map(existing -> new Submitted(existing, true)))));
    }

    public Uni<List<Discovery>> submittedBy(UUID userId) {
        return database.list("SELECT * FROM catalog_discovery WHERE submitted_by = $1 ORDER BY created_at DESC, id",
                DiscoveryService::discovery, userId);
    }

    /** A page of discoveries in one status, oldest first. */
    public Uni<List<Discovery>> queue(Discovery.Status status, Cursor after, int limit) {
        Conditions where = new Conditions().and("status = ?", status);
        if (after != null) {
            where.and("(created_at > ? OR (created_at = ? AND id > ?))", after.at(), after.at(), after.id());
        }
        return database.list("SELECT * FROM catalog_discovery" + where.where() + " ORDER BY created_at, id LIMIT " + where.next(),
                DiscoveryService::discovery, where.params(limit));
    }

    /**
     * Creates the listing, due now, and marks the discovery approved; only a pending discovery can be
     * decided. The listing has no price until its first scrape, so no best offer moves yet.
     */
    public Uni<Discovery> approve(UUID discoveryId, UUID variantId, UUID retailerId, UUID adminId) {
        return database.inTransaction(tx -> pending(tx, discoveryId).chain(discovery -> {
            UUID retailer = retailerId != null ? retailerId : discovery.retailerId();
            if (retailer == null) {
                throw ProblemException.invalidField("retailerId", "no retailer has the domain " + discovery.domain() + "; create it first");
            }
            return tx.first("SELECT id FROM catalog_variant WHERE id = $1", row -> true, variantId)
                    .chain(variant -> {
                        if (variant == null) {
                            throw ProblemException.invalidField("variantId", "no such variant");
                        }
                        return tx.first("SELECT id FROM catalog_listing WHERE retailer_id = $1 AND url = $2", row -> true, retailer, discovery.url());
                    })
                    .chain(existing -> {
                        if (existing != null) {
                            throw new ProblemException(ProblemType.CONFLICT, "this retailer already lists that URL");
                        }
                        return writer.listing(tx, new CatalogEntries.ListingEntry(variantId, retailer, discovery.url(), null, clock.instant(), true));
                    })
                    .chain(listingId -> decide(tx, discoveryId, Discovery.Status.APPROVED, listingId, adminId));
        }));
    }

    public Uni<Discovery> reject(UUID discoveryId, UUID adminId) {
        return database.inTransaction(tx -> pending(tx, discoveryId)
                .chain(discovery -> decide(tx, discoveryId, Discovery.Status.REJECTED, null, adminId)));
    }

    private Uni<Discovery> pending(SqlSession tx, UUID id) {
        return tx.first("SELECT * FROM catalog_discovery WHERE id = $1" + tx.dialect().forUpdate(), DiscoveryService::discovery, id)
                .map(discovery -> {
                    if (discovery == null) {
                        throw new ProblemException(ProblemType.NOT_FOUND, "no discovery " + id);
                    }
                    if (discovery.status() != Discovery.Status.PENDING) {
                        throw new ProblemException(ProblemType.CONFLICT, "this discovery was already " + discovery.status().name().toLowerCase());
                    }
                    return discovery;
                });
    }

    /**
     * Records the decision and, in the same transaction, the event that tells the submitter; a
     * submitter who erased their account is told nothing.
     */
    private Uni<Discovery> decide(SqlSession tx, UUID id, Discovery.Status status, UUID listingId, UUID adminId) {
        return tx.first("""
                UPDATE catalog_discovery SET status = $2, listing_id = $3, decided_by = $4, decided_at = $5 WHERE id = $1 RETURNING *""",
                DiscoveryService::discovery, id, status, listingId, adminId, clock.instant())
                .call(decided -> audit.record(tx, status == Discovery.Status.APPROVED ? AuditAction.DISCOVERY_APPROVE : AuditAction.DISCOVERY_REJECT,
                        "discoveries:" + id, Map.of("status", Discovery.Status.PENDING, "url", decided.url()), decision(decided)))
                .call(decided -> decided.submittedBy() == null ? Uni.createFrom().voidItem()
                        : trackedAs(tx, listingId).chain(product -> outbox.add(tx, CatalogStreams.DISCOVERIES,
                                (eventId, at) -> DiscoveryDecided.of(eventId, at, decided.id(), decided.submittedBy(), decided.url(), status, listingId,
                                        product))));
    }

    /** A decision as the audit trail keeps it: the outcome, not who asked (that is the submitter's data). */
    private static Map<String, Object> decision(Discovery decided) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", decided.status());
        summary.put("url", decided.url());
        if (decided.listingId() != null) {
            summary.put("listingId", decided.listingId());
        }
        return summary;
    }

    /** What an approved page is tracked as, for its submitter: brand, product, flavour and size. */
    private static Uni<String> trackedAs(SqlSession tx, UUID listingId) {
        return listingId == null ? Uni.createFrom().nullItem() : tx.first("""
                SELECT b.name AS brand, p.name AS product, v.flavour, v.pack_size_g FROM catalog_listing l
                  JOIN catalog_variant v ON v.id = l.variant_id JOIN catalog_product p ON p.id = v.product_id JOIN catalog_brand b ON b.id = p.brand_id
                 WHERE l.id = $1""", row -> row.getString("brand") + " " + row.getString("product") + " ("
                + (row.getString("flavour") == null ? "" : row.getString("flavour") + ", ") + Rows.count(row, "pack_size_g") + " g)", listingId);
    }

    private static Discovery discovery(Row row) {
        return new Discovery(Rows.uuid(row, "id"), row.getString("url"), row.getString("domain"), Rows.uuid(row, "retailer_id"),
                Rows.uuid(row, "submitted_by"), row.getString("note"), Discovery.Status.valueOf(row.getString("status")),
                Rows.uuid(row, "listing_id"), Rows.uuid(row, "decided_by"), Rows.instant(row, "decided_at"), Rows.instant(row, "created_at"));
    }
}
