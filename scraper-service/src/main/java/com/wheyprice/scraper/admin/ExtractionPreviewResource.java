package com.wheyprice.scraper.admin;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;
import com.wheyprice.scraper.api.ExtractionPreview;
import com.wheyprice.scraper.api.ScraperRequests;
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

    private final PoliteFetcher fetcher;

    ExtractionPreviewResource(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @POST
    @Operation(summary = "What the extraction cascade reads from a page; stores nothing")
    public Uni<ExtractionPreview> preview(@Valid ScraperRequests.ExtractionPreview request) {
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
    private static Uni<ExtractionPreview> extract(ScraperRequests.ExtractionPreview request, String html, String baseUrl) {
        return Uni.createFrom().item(() -> Extractor.extract(new Extraction.Request(html, baseUrl, request.priceSelector(),
                        request.listPriceSelector(), request.availabilitySelector(), request.sku(), request.gtin(), request.currency())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(ExtractionPreviewResource::preview);
    }

    /** The cascade's result in the public shape admins are promised. */
    static ExtractionPreview preview(Extraction extraction) {
        return new ExtractionPreview(extraction.price(), extraction.listPrice(), extraction.availability(),
                strategy(extraction.method()), extraction.fromPrice(), extraction.problem(),
                extraction.candidates().stream().map(candidate -> new ExtractionPreview.Offer(strategy(candidate.method()), candidate.price(),
                        candidate.listPrice(), candidate.availability(), candidate.sku(), candidate.gtin(), candidate.fromPrice()))
                        .toList());
    }

    private static ExtractionPreview.Strategy strategy(Extraction.Method method) {
        return ExtractionPreview.Strategy.valueOf(method.name());
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a URL");
        }
    }
}
