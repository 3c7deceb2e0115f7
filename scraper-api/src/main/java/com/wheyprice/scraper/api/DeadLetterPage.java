package com.wheyprice.scraper.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of dead letters as its JSON reads (a {@code Page<DeadLetter>}), so the API document can name it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "items" })
public record DeadLetterPage(List<DeadLetter> items, String next) {
}
