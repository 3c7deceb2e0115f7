package com.wheyprice.auth.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of accounts as its JSON reads (a {@code Page<Account>}), so the API document can name it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "items" })
public record AccountPage(List<Account> items, String next) {
}
