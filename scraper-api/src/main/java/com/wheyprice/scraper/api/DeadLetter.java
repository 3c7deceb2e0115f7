package com.wheyprice.scraper.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A scrape job that failed every attempt, as admins see it; scraper-service writes it, api-service documents it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "jobId", "listingId", "url", "attempts", "error", "failedAt" })
public record DeadLetter(UUID id, String jobId, UUID listingId, String url, String retailer, int attempts, String error, Instant failedAt,
        Instant replayedAt, String replayJobId) {
}
