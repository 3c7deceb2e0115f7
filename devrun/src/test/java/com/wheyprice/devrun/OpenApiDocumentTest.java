package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The conformance check itself: it finds the operation by path template and reports answers that do not fit its schema. */
class OpenApiDocumentTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{"/api/v1/products/{slugOrId}":{"get":{"responses":{
              "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Money"}}}}}}}},
             "components":{"schemas":{"Money":{"type":"object","properties":{
               "amountMinor":{"type":"integer","format":"int64"},"currency":{"type":"string"}}}}}}""";

    @Test
    void anAnswerThatFitsItsSchemaHasNoViolations() throws Exception {
        assertThat(new OpenApiDocument(DOCUMENT).violations("GET", "/api/v1/products/whey-1", 200, "application/json; charset=utf-8",
                "{\"amountMinor\":329900,\"currency\":\"INR\"}")).isEmpty();
    }

    @Test
    void anAnswerThatDoesNotFitIsReportedThroughTheReference() throws Exception {
        assertThat(new OpenApiDocument(DOCUMENT).violations("GET", "/api/v1/products/whey-1", 200, "application/json",
                "{\"amountMinor\":\"3,299\",\"currency\":\"INR\"}")).isNotEmpty();
    }

    @Test
    void anUndocumentedStatusOrPathIsReported() throws Exception {
        OpenApiDocument document = new OpenApiDocument(DOCUMENT);
        assertThat(document.violations("GET", "/api/v1/products/whey-1", 404, "application/json", "{}")).isNotEmpty();
        assertThat(document.violations("GET", "/api/v1/brands", 200, "application/json", "[]")).isNotEmpty();
        assertThat(document.violations("GET", "/api/v1/products/whey-1", 200, "text/html", "<p>")).isNotEmpty();
    }
}
