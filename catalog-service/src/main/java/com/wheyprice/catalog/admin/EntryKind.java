package com.wheyprice.catalog.admin;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import com.wheyprice.catalog.product.ProductReadModels;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * One kind of catalog entry as {@link EntryStore} keeps it: its name in events and paths, its
 * table, how an entry is created, the columns a replacement sets, and which products' read
 * models depend on it.
 */
record EntryKind<E>(String name, VersionedTable table, Creator<E> creator, BiFunction<CatalogWriter, E, Map<String, Object>> columns,
        ProductReadModels.Dependents dependents) {

    /** How an entry of one kind is created. */
    @FunctionalInterface
    interface Creator<E> {
        Uni<UUID> create(CatalogWriter writer, SqlSession tx, E entry);
    }
}
