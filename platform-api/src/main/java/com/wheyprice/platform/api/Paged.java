package com.wheyprice.platform.api;

/**
 * An answer that is one page of a keyset-paginated list: {@link Page}, or a richer page record
 * (a search answer with facets) that carries the same opaque cursor of the following page.
 */
public interface Paged {

    /** The cursor of the following page; {@code null} on the last one. */
    String next();
}
