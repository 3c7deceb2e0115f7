package com.wheyprice.api.privacy;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.wheyprice.auth.api.DataExport;
import com.wheyprice.catalog.api.CatalogPersonalData;
import com.wheyprice.notification.api.NotificationPersonalData;

/**
 * Everything the platform holds about a person, as one document: each service's part as that
 * service's contract describes it. scraper-service holds nothing about people; what is kept out
 * of an export on purpose, and why, is in README's data inventory.
 *
 * @param account       auth-service's part: the account, its sign-in identities, sessions and audit trail
 * @param catalog       catalog-service's part: alerts, suggested pages, signed-in clicks
 * @param notifications notification-service's part: choices, webhooks, deliveries
 */
@Schema(requiredProperties = { "exportedAt", "account", "catalog", "notifications" })
public record PlatformDataExport(Instant exportedAt, DataExport account, CatalogPersonalData catalog, NotificationPersonalData notifications) {
}
