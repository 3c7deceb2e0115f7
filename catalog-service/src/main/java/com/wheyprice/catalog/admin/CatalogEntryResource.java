package com.wheyprice.catalog.admin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.catalog.price.PriceResource;
import com.wheyprice.catalog.search.SearchDocuments;
import com.wheyprice.common.concurrency.Versions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.Timestamps;
import com.wheyprice.common.openapi.DocumentConventions;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The admin API of one kind of catalog entry (brands, categories, …): each kind is a concrete
 * resource extending this one with its entry record as {@code E}, so its path, body schema and
 * checks are its own. Every answer carries the row's {@code ETag}; replacing and deleting need it
 * back in {@code If-Match} (428 without, 412 when stale), so two admins never overwrite each
 * other. The operation ids name the entry ({@link DocumentConventions#ENTRY}).
 */
@Tag(name = "catalog admin")
@Produces(MediaType.APPLICATION_JSON)
public abstract class CatalogEntryResource<E> {

    /** Columns that hold flags: booleans on PostgreSQL, 0 or 1 on SQLite. */
    private static final Set<String> FLAGS = Set.of("active", "sample", "lab_sample");

    private final EntryStore store;
    private final EntryKind<E> kind;

    protected CatalogEntryResource(EntryStore store, EntryKind<E> kind) {
        this.store = store;
        this.kind = kind;
    }

    /** Checks beyond the record's annotations; may block (it runs on a worker thread). */
    protected void check(E entry) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "create" + DocumentConventions.ENTRY, summary = "Create one, at version 1")
    public Uni<Response> create(@Valid @NotNull E entry) {
        return checked(entry).chain(checked -> store.create(kind, checked))
                .map(row -> answer(Response.created(URI.create("/catalog/admin/" + kind.name() + "/" + Rows.uuid(row, "id"))), row));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "get" + DocumentConventions.ENTRY, summary = "Read one, with its version as ETag")
    public Uni<Response> read(@PathParam("id") String id) {
        return store.read(kind, PriceResource.uuid(id, "id")).map(row -> answer(Response.ok(), row));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replace" + DocumentConventions.ENTRY, summary = "Replace one; If-Match must carry the ETag it was read with")
    public Uni<Response> replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull E entry) {
        var entryId = PriceResource.uuid(id, "id");
        long expected = Versions.expected(ifMatch);
        return checked(entry).chain(checked -> store.replace(kind, entryId, expected, checked)).map(row -> answer(Response.ok(), row));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "delete" + DocumentConventions.ENTRY, summary = "Delete one nothing else refers to; If-Match must carry its ETag")
    public Uni<Response> delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var entryId = PriceResource.uuid(id, "id");
        return store.delete(kind, entryId, Versions.expected(ifMatch)).map(ignored -> Response.noContent().build());
    }

    /** The entry after {@link #check}, on a worker thread: a listing's URL check resolves its host. */
    private Uni<E> checked(E entry) {
        return Uni.createFrom().item(() -> {
            check(entry);
            return entry;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response answer(Response.ResponseBuilder response, Row row) {
        return response.tag(new EntityTag("v" + Rows.count(row, "version"))).entity(view(row)).build();
    }

    /**
     * A row as JSON, the same on both engines: ids as UUIDs, {@code *_at} as instants, flags as
     * booleans, a brand's aliases as a list, names in camelCase, and columns without a value left
     * out, as in every answer.
     */
    static Map<String, Object> view(Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String column = row.getColumnName(i);
            Object value = row.getValue(i);
            if (value == null) {
                continue;
            }
            if (column.equals("id") || column.endsWith("_id")) {
                value = Rows.uuid(row, column);
            } else if (column.endsWith("_at")) {
                value = Timestamps.toInstant(value);
            } else if (FLAGS.contains(column)) {
                value = Rows.bool(row, column);
            } else if (column.equals("aliases")) {
                value = SearchDocuments.aliases(value);
            }
            view.put(camelCase(column), value);
        }
        return view;
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
