package com.wheyprice.scraper.admin;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.error.ProblemType;
import com.wheyprice.common.security.Roles;
import com.wheyprice.scraper.extract.Extraction;
import com.wheyprice.scraper.extract.Extractor;
import com.wheyprice.scraper.fetch.FetchException;
import com.wheyprice.scraper.fetch.PoliteFetcher;
import com.wheyprice.scraper.fetch.Postponed;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Lets an admin configuring a retailer see what the scraper would read from a page — the price,
 * list price, availability, the strategy that won and every candidate each strategy saw — from a
 * URL (fetched with the same politeness and target rules as any scrape) or from pasted HTML.
 * Nothing is stored.
 */
@Path("/admin/extraction/preview")
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtractionPreviewResource {

    /** A page by {@code url}, or {@code html} with the {@code baseUrl} it came from; optional selectors, SKU/GTIN and currency. */
    public record Request(@Size(max = 2000) String url, @Size(max = 3_000_000) String html, @Size(max = 2000) String baseUrl,
            @Size(max = 500) String priceSelector, @Size(max = 500) String listPriceSelector, @Size(max = 500) String availabilitySelector,
            @Size(max = 100) String sku, @Size(max = 20) String gtin, @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    private final PoliteFetcher fetcher;

    ExtractionPreviewResource(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @POST
    @Operation(summary = "What the extraction cascade reads from a page; stores nothing")
    public Uni<Extraction> preview(@Valid Request request) {
        if (request == null || (request.url() == null) == (request.html() == null)) {
            throw ProblemException.invalidField("url", "give exactly one of url and html");
        }
        if (request.html() != null) {
            return extract(request, request.html(), request.baseUrl());
        }
        URI url = parse(request.url());
        return fetcher.fetch(url, PoliteFetcher.Manners.DEFAULT)
                .onFailure(FetchException.class).transform(error -> new ProblemException(ProblemType.BAD_REQUEST,
                        "The page could not be fetched: " + error.getMessage()))
                .onFailure(Postponed.class).transform(error -> ProblemException.tooManyRequests(
                        "The retailer cannot be asked again yet: " + error.getMessage(), ((Postponed) error).waitFor()))
                .chain(page -> extract(request, page.body(), page.url().toString()));
    }

    /** Parsing a large page takes a while, so it runs on a worker thread, not the event loop. */
    private static Uni<Extraction> extract(Request request, String html, String baseUrl) {
        return Uni.createFrom().item(() -> Extractor.extract(new Extraction.Request(html, baseUrl, request.priceSelector(),
                        request.listPriceSelector(), request.availabilitySelector(), request.sku(), request.gtin(), request.currency())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a URL");
        }
    }
}
