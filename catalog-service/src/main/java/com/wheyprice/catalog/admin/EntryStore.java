package com.wheyprice.catalog.admin;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.event.CatalogChanged;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.event.Outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Creates, reads, replaces and deletes catalog entries of any kind, each change in one
 * transaction with its {@code catalog-changed} event in the outbox, so a change and the news of
 * it are never separated. Replacing and deleting are compare-and-set on the version.
 */
@ApplicationScoped
public class EntryStore {

    private final Database database;
    private final CatalogWriter writer;
    private final Outbox outbox;

    EntryStore(Database database, CatalogWriter writer, Outbox outbox) {
        this.database = database;
        this.writer = writer;
        this.outbox = outbox;
    }

    <E> Uni<Row> create(EntryKind<E> kind, E entry) {
        return database.inTransaction(tx -> kind.creator().create(writer, tx, entry)
                .call(id -> changed(tx, kind, id))
                .chain(id -> kind.table().find(tx, id)));
    }

    Uni<Row> read(EntryKind<?> kind, UUID id) {
        return kind.table().find(database, id);
    }

    <E> Uni<Row> replace(EntryKind<E> kind, UUID id, long expectedVersion, E entry) {
        return database.inTransaction(tx -> writer.update(tx, kind.table(), id, expectedVersion, kind.columns().apply(writer, entry))
                .call(row -> changed(tx, kind, id)));
    }

    Uni<Void> delete(EntryKind<?> kind, UUID id, long expectedVersion) {
        return database.inTransaction(tx -> kind.table().delete(tx, id, expectedVersion).call(() -> changed(tx, kind, id)))
                .replaceWithVoid();
    }

    private Uni<Void> changed(SqlSession tx, EntryKind<?> kind, UUID id) {
        return outbox.add(tx, CatalogStreams.CHANGES, (eventId, at) -> CatalogChanged.of(eventId, at, kind.name(), id));
    }
}
