package com.wheyprice.auth.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of audit entries as its JSON reads (a {@code Page<AuditEntry>}), so the API document can name it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "items" })
public record AuditEntryPage(List<AuditEntry> items, String next) {
}
