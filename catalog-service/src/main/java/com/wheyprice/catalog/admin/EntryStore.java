package com.wheyprice.catalog.admin;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.catalog.api.event.CatalogChanged;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.event.Outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Creates, reads, replaces and deletes catalog entries of any kind, each change in one
 * transaction with its {@code catalog-changed} event in the outbox, its entry in the audit trail
 * ({@link AdminAudit}) and the refreshed read models of the products it touches, so a change, the
 * news of it, its record and the searches are never separated.
 * Replacing and deleting are compare-and-set on the version.
 */
@ApplicationScoped
public class EntryStore {

    private final Database database;
    private final CatalogWriter writer;
    private final Outbox outbox;
    private final ProductReadModels readModels;
    private final AdminAudit audit;

    EntryStore(Database database, CatalogWriter writer, Outbox outbox, ProductReadModels readModels, AdminAudit audit) {
        this.database = database;
        this.writer = writer;
        this.outbox = outbox;
        this.readModels = readModels;
        this.audit = audit;
    }

    <E> Uni<Row> create(EntryKind<E> kind, E entry) {
        return database.inTransaction(tx -> kind.creator().create(writer, tx, entry)
                .call(id -> changed(tx, kind, id, List.of()))
                .chain(id -> kind.table().find(tx, id))
                .call(row -> audit.record(tx, AuditAction.CATALOG_ENTRY_CREATE, target(kind, row), null, CatalogEntryResource.view(row))));
    }

    Uni<Row> read(EntryKind<?> kind, UUID id) {
        return kind.table().find(database, id);
    }

    <E> Uni<Row> replace(EntryKind<E> kind, UUID id, long expectedVersion, E entry) {
        return database.inTransaction(tx -> kind.table().find(tx, id).chain(old -> kind.dependents().of(tx, id)
                .chain(before -> writer.update(tx, kind.table(), id, expectedVersion, kind.columns().apply(writer, entry))
                        .call(row -> changed(tx, kind, id, before))
                        .call(row -> audit.record(tx, AuditAction.CATALOG_ENTRY_UPDATE, target(kind, row), CatalogEntryResource.view(old),
                                CatalogEntryResource.view(row))))));
    }

    Uni<Void> delete(EntryKind<?> kind, UUID id, long expectedVersion) {
        return database.inTransaction(tx -> kind.table().find(tx, id).chain(old -> kind.dependents().of(tx, id)
                        .chain(before -> kind.table().delete(tx, id, expectedVersion).call(() -> changed(tx, kind, id, before)))
                        .call(() -> audit.record(tx, AuditAction.CATALOG_ENTRY_DELETE, target(kind, old), CatalogEntryResource.view(old), null))))
                .replaceWithVoid();
    }

    /** How the audit trail names an entry: {@code kind:id}, the kind as its admin path names it ({@code brands:6f1c…}). */
    private static String target(EntryKind<?> kind, Row row) {
        return kind.name() + ":" + Rows.uuid(row, "id");
    }

    /**
     * Announces the change and refreshes the read models of the products that depended on the
     * entry before it ({@code before}) or depend on it now.
     */
    private Uni<Void> changed(SqlSession tx, EntryKind<?> kind, UUID id, List<UUID> before) {
        return kind.dependents().of(tx, id)
                .chain(after -> readModels.refresh(tx, kind.dependents(), id, Stream.concat(before.stream(), after.stream()).toList()))
                .chain(() -> outbox.add(tx, CatalogStreams.CHANGES, (eventId, at) -> CatalogChanged.of(eventId, at, kind.name(), id)));
    }
}
