package com.wheyprice.api.admin;

import static com.wheyprice.api.downstream.PathSegments.safe;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.catalog.api.CatalogEntries;
import com.wheyprice.common.openapi.DocumentConventions;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The admin API of one kind of catalog entry, answered by catalog-service's resource of the same
 * kind. Each kind is a concrete resource extending this one with its entry record as {@code E}
 * (from catalog-api), so the document shows that kind's body and answer
 * ({@code Stored…} in {@link CatalogEntries}) under operation ids of its own
 * ({@link DocumentConventions#ENTRY}). Entries are versioned: {@code ETag} on every answer,
 * {@code If-Match} to replace or delete.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public abstract class CatalogEntryRelay<E> extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String STORED = "Stored" + DocumentConventions.ENTRY;
    private static final String IF_MATCH = "the ETag the entry was read with";

    private final String path;
    private final ObjectMapper json;

    /** @param kind the kind's path segment at catalog-service, as at {@code /api/v1/admin} */
    protected CatalogEntryRelay(Downstreams downstreams, ObjectMapper json, String kind) {
        super(downstreams.catalog());
        this.path = "/catalog/admin/" + kind;
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @APIResponse(responseCode = "201", description = "created at version 1",
            content = @Content(mediaType = JSON, schema = @Schema(ref = STORED)),
            headers = { @Header(name = "Location", description = "where the new entry is read",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = "ETag", description = "its version", schema = @Schema(type = SchemaType.STRING)) })
    @POST
    @Consumes(JSON)
    @Operation(operationId = "adminCreate" + DocumentConventions.ENTRY, summary = "Create a " + DocumentConventions.ENTRY)
    public Uni<Response> create(@NotNull E entry, @Context HttpServerRequest request) {
        return relay(request, path, body(entry));
    }

    @APIResponse(responseCode = "200", description = "the entry",
            content = @Content(mediaType = JSON, schema = @Schema(ref = STORED)),
            headers = @Header(name = "ETag", description = "its version", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @Operation(operationId = "adminGet" + DocumentConventions.ENTRY, summary = "Read a " + DocumentConventions.ENTRY + ", with its version as ETag")
    public Uni<Response> read(@PathParam("id") @Schema(format = "uuid") String id, @Context HttpServerRequest request) {
        return relay(request, path + "/" + safe(id), null);
    }

    @APIResponse(responseCode = "200", description = "replaced",
            content = @Content(mediaType = JSON, schema = @Schema(ref = STORED)),
            headers = @Header(name = "ETag", description = "its new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "412", description = "changed since it was read: read it again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @PUT
    @Path("/{id}")
    @Consumes(JSON)
    @Operation(operationId = "adminReplace" + DocumentConventions.ENTRY,
            summary = "Replace a " + DocumentConventions.ENTRY + "; If-Match must carry its ETag")
    public Uni<Response> replace(@PathParam("id") @Schema(format = "uuid") String id, @Parameter(required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull E entry, @Context HttpServerRequest request) {
        return relay(request, path + "/" + safe(id), body(entry));
    }

    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "412", description = "changed since it was read: read it again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "adminDelete" + DocumentConventions.ENTRY,
            summary = "Delete a " + DocumentConventions.ENTRY + " nothing refers to; If-Match must carry its ETag")
    public Uni<Response> delete(@PathParam("id") @Schema(format = "uuid") String id, @Parameter(required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest request) {
        return relay(request, path + "/" + safe(id), null);
    }

    /** The entry written back for catalog-service as the admin sent it in meaning: fields left out stay out. */
    private byte[] body(E entry) {
        try {
            return json.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry record always serialises", e);
        }
    }

}
