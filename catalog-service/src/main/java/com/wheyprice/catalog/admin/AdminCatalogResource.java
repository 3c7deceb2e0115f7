package com.wheyprice.catalog.admin;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogEntries.BrandEntry;
import com.wheyprice.catalog.api.CatalogEntries.CategoryEntry;
import com.wheyprice.catalog.api.CatalogEntries.ListingEntry;
import com.wheyprice.catalog.api.CatalogEntries.ProductEntry;
import com.wheyprice.catalog.api.CatalogEntries.RetailerEntry;
import com.wheyprice.catalog.api.CatalogEntries.VariantEntry;
import com.wheyprice.catalog.api.event.CatalogChanged;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.click.AffiliateLinks;
import com.wheyprice.catalog.discovery.ProductUrlPolicy;
import com.wheyprice.catalog.event.Outbox;
import com.wheyprice.catalog.price.PriceResource;
import com.wheyprice.common.concurrency.Versions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.db.Timestamps;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.input.JsonFields;
import com.wheyprice.platform.api.Money;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Catalog administration: create, read, replace and delete brands, categories, products,
 * variants, retailers and listings. Every answer carries the row's {@code ETag}; replacing and
 * deleting need it back in {@code If-Match} (428 without, 412 when stale), so two admins never
 * overwrite each other. Each change also raises a {@code catalog-changed} event.
 */
@Path("/catalog/admin")
@Tag(name = "catalog admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminCatalogResource {

    /** How an entry of one kind is created. */
    @FunctionalInterface
    private interface Creator<T> {
        Uni<UUID> create(CatalogWriter writer, SqlSession tx, T entry);
    }

    /** A kind of catalog entry: its table, request record, how to create one, the columns it sets, and checks beyond the annotations. */
    private record Kind<T>(String name, VersionedTable table, Class<T> type, Creator<T> creator, BiFunction<CatalogWriter, T, Map<String, Object>> columns,
            Consumer<T> check) {
    }

    private final Map<String, Kind<?>> kinds = new LinkedHashMap<>();
    private final Database database;
    private final CatalogWriter writer;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Validator validator;

    AdminCatalogResource(Database database, CatalogWriter writer, Outbox outbox, ObjectMapper json, Validator validator,
            ProductUrlPolicy urls) {
        this.database = database;
        this.writer = writer;
        this.outbox = outbox;
        this.json = json;
        this.validator = validator;
        add(new Kind<>("brands", CatalogWriter.BRANDS, BrandEntry.class, CatalogWriter::brand, CatalogWriter::columns,
                brand -> country(brand.country(), "country")));
        add(new Kind<>("categories", CatalogWriter.CATEGORIES, CategoryEntry.class, CatalogWriter::category, CatalogWriter::columns,
                category -> { }));
        add(new Kind<>("products", CatalogWriter.PRODUCTS, ProductEntry.class, CatalogWriter::product, CatalogWriter::columns, product -> { }));
        add(new Kind<>("variants", CatalogWriter.VARIANTS, VariantEntry.class, CatalogWriter::variant, CatalogWriter::columns, variant -> { }));
        add(new Kind<>("retailers", CatalogWriter.RETAILERS, RetailerEntry.class, CatalogWriter::retailer, CatalogWriter::columns,
                AdminCatalogResource::checkRetailer));
        add(new Kind<>("listings", CatalogWriter.LISTINGS, ListingEntry.class, CatalogWriter::listing, CatalogWriter::columns,
                listing -> listingUrl(listing.url(), urls)));
    }

    private void add(Kind<?> kind) {
        kinds.put(kind.name(), kind);
    }

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a brand, category, product, variant, retailer or listing")
    public Uni<Response> create(@PathParam("kind") String kind, JsonNode body) {
        return create(kind(kind), body);
    }

    private <T> Uni<Response> create(Kind<T> kind, JsonNode body) {
        String name = kind.name();
        return checked(kind, body).chain(entry -> database.inTransaction(tx -> kind.creator().create(writer, tx, entry)
                        .call(id -> changed(tx, name, id))
                        .chain(id -> kind.table().find(tx, id))))
                .map(row -> answer(Response.created(URI.create("/catalog/admin/" + name + "/" + Rows.uuid(row, "id"))), row));
    }

    @GET
    @Path("/{kind}/{id}")
    @Operation(summary = "Read one entry, with its ETag")
    public Uni<Response> read(@PathParam("kind") String kind, @PathParam("id") String id) {
        return kind(kind).table().find(database, PriceResource.uuid(id, "id")).map(row -> answer(Response.ok(), row));
    }

    @PUT
    @Path("/{kind}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an entry; If-Match must carry the ETag it was read with")
    public Uni<Response> replace(@PathParam("kind") String kind, @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        return replace(kind(kind), PriceResource.uuid(id, "id"), ifMatch, body);
    }

    private <T> Uni<Response> replace(Kind<T> kind, UUID id, String ifMatch, JsonNode body) {
        long expected = Versions.expected(ifMatch);
        return checked(kind, body).chain(entry -> database.inTransaction(tx -> writer.update(tx, kind.table(), id, expected,
                        kind.columns().apply(writer, entry)).call(row -> changed(tx, kind.name(), id))))
                .map(row -> answer(Response.ok(), row));
    }

    @DELETE
    @Path("/{kind}/{id}")
    @Operation(summary = "Delete an entry nothing else refers to; If-Match must carry its ETag")
    public Uni<Response> delete(@PathParam("kind") String kind, @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID entryId = PriceResource.uuid(id, "id");
        long expected = Versions.expected(ifMatch);
        return database.inTransaction(tx -> kind(kind).table().delete(tx, entryId, expected).call(() -> changed(tx, kind, entryId)))
                .map(ignored -> Response.noContent().build());
    }

    private Kind<?> kind(String name) {
        Kind<?> kind = kinds.get(name);
        if (kind == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no catalog kind '" + name + "'; kinds are " + kinds.keySet());
        }
        return kind;
    }

    /**
     * The body as an entry of this kind, checked on a worker thread: a listing's URL check resolves
     * its host and reads this machine's interfaces (PublicAddresses), and both block.
     */
    private <T> Uni<T> checked(Kind<T> kind, JsonNode body) {
        return Uni.createFrom().item(() -> parse(kind, body)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private <T> T parse(Kind<T> kind, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "the request body must be a JSON object");
        }
        T entry;
        try {
            entry = json.treeToValue(body, kind.type());
        } catch (JsonProcessingException e) {
            if (e instanceof JsonMappingException mapping && JsonFields.isRefusedText(mapping)) {
                throw ProblemException.invalidField(JsonFields.path(mapping), mapping.getOriginalMessage());
            }
            throw new ProblemException(ProblemType.MALFORMED_BODY, "the body does not describe one of the " + kind.name() + ": " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(entry);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        kind.check().accept(entry);
        return entry;
    }

    private Uni<Void> changed(SqlSession tx, String kind, UUID id) {
        return outbox.add(tx, CatalogStreams.CHANGES, (eventId, at) -> CatalogChanged.of(eventId, at, kind, id));
    }

    private static Response answer(Response.ResponseBuilder response, Row row) {
        return response.tag(new EntityTag("v" + Rows.count(row, "version"))).entity(view(row)).build();
    }

    /**
     * A row as JSON, the same on both engines: ids as UUIDs, {@code *_at} as instants, flags as
     * booleans, names in camelCase, and columns without a value left out, as in every answer.
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
            } else if (column.equals("active")) {
                value = Rows.bool(row, column);
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

    private static void checkRetailer(RetailerEntry retailer) {
        country(retailer.country(), "country");
        try {
            Money.currencyCode(retailer.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "is not an ISO-4217 currency code");
        }
        String template = retailer.affiliateTemplate();
        if (template != null && !template.isBlank()) {
            if (!template.contains("{url}") && !template.contains("{url_encoded}")) {
                throw ProblemException.invalidField("affiliateTemplate", "must contain {url} or {url_encoded}");
            }
            try {
                AffiliateLinks.apply(template, "https://shop.example/p");
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("affiliateTemplate", "must make an http or https link");
            }
        }
    }

    private static void country(String code, String field) {
        if (code != null && !Arrays.asList(Locale.getISOCountries()).contains(code)) {
            throw ProblemException.invalidField(field, "is not an ISO-3166 country code");
        }
    }

    private static void listingUrl(String url, ProductUrlPolicy urls) {
        try {
            urls.check(url);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("url", e.getMessage());
        }
    }
}
