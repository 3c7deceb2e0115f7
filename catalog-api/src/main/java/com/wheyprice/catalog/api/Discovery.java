package com.wheyprice.catalog.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A product page a shopper asked us to track, and what an admin decided. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "url", "domain", "status", "createdAt" })
public record Discovery(UUID id, String url, String domain, UUID retailerId, UUID submittedBy, String note, Status status, UUID listingId,
        UUID decidedBy, Instant decidedAt, Instant createdAt) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }
}
