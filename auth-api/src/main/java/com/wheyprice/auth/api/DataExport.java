package com.wheyprice.auth.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything auth-service holds about one user (GDPR art. 15 and 20); auth-service writes it, api-service documents it. */
@Schema(requiredProperties = { "exportedAt", "account", "identities", "sessions", "audit" })
public record DataExport(Instant exportedAt, Account account, List<LinkedIdentity> identities, List<Session> sessions,
        List<AuditEntry> audit) {

    /** A social sign-in identity linked to the account. */
    @Schema(requiredProperties = { "provider", "subject", "linkedAt" })
    public record LinkedIdentity(String provider, String subject, Instant linkedAt) {
    }
}
