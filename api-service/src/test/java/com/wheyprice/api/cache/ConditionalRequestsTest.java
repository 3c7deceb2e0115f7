package com.wheyprice.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code If-None-Match} as RFC 9110 reads it: a list of entity tags or {@code *}, compared weakly. */
class ConditionalRequestsTest {

    private static final String ETAG = ResponseCache.etag("{\"items\":[]}");

    @Test
    void theSameTagOrAnyTagMatches() {
        assertThat(CachedReads.matches(ETAG, ETAG)).isTrue();
        assertThat(CachedReads.matches("*", ETAG)).isTrue();
        assertThat(CachedReads.matches("\"other\", " + ETAG, ETAG)).isTrue();
    }

    @Test
    void aWeakTagMatchesByItsValue() {
        assertThat(CachedReads.matches("W/" + ETAG, ETAG)).isTrue();
    }

    @Test
    void anotherTagOrNoHeaderDoesNotMatch() {
        assertThat(CachedReads.matches(null, ETAG)).isFalse();
        assertThat(CachedReads.matches(ResponseCache.etag("{\"items\":[1]}"), ETAG)).isFalse();
        assertThat(CachedReads.matches("\"" + ETAG + "\"", ETAG)).isFalse();
    }

    @Test
    void theTagIsAStrongQuotedDigestOfTheBody() {
        assertThat(ETAG).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(ResponseCache.etag("{\"items\":[]}")).isEqualTo(ETAG);
    }
}
