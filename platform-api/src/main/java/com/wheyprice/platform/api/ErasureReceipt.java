package com.wheyprice.platform.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One service's answer to "has the data you hold about this person been erased?": every service
 * that holds personal data answers it for admins, and api-service puts the answers together
 * ({@code GET /api/v1/admin/erasures/{subject}}).
 *
 * @param service  the service answering
 * @param subject  the person, by account id
 * @param erasedAt when this service finished erasing its part; {@code null} while it has not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Whether one service has erased what it held about a person", requiredProperties = { "service", "subject" })
public record ErasureReceipt(String service, UUID subject, Instant erasedAt) {
}
