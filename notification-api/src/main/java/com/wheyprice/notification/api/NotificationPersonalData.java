package com.wheyprice.notification.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything notification-service holds about one person, for their data export: the choices
 * they made (kinds and channels turned on or off; defaults are not theirs), their webhooks
 * (never a secret) and every delivery made or pending for them (no content).
 */
@Schema(requiredProperties = { "preferences", "webhooks", "deliveries" })
public record NotificationPersonalData(List<Preference> preferences, List<Webhook> webhooks, List<Delivery> deliveries) {
}
