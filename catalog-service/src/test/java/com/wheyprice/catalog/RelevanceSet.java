package com.wheyprice.catalog;

import java.util.List;
import java.util.Set;

/**
 * The relevance test set: what a shopper typing each query into the search box must see first,
 * against the demo catalog. Covers word order, brand aliases, flavour words, prefixes while
 * typing, one typo in long words, and queries that must find nothing.
 */
final class RelevanceSet {

    /** What a query must answer. */
    enum Expect {
        /** exactly these products, in any order */
        ONLY,
        /** these products first, in any order, before any other */
        FIRST,
        /** the same products as the query in {@code slugs[0]} */
        SAME_AS,
        /** nothing */
        NOTHING
    }

    record Case(String query, Expect expect, Set<String> slugs) {
        @Override
        public String toString() {
            return "\"" + query + "\" " + expect.name().toLowerCase().replace('_', ' ') + " " + slugs;
        }
    }

    private static final String ON_WHEY = "on-gold-standard-100-whey";
    private static final String ON_ISOLATE = "on-gold-standard-isolate";
    private static final String BIOZYME = "muscleblaze-biozyme-performance";
    private static final String ISO_ZERO = "muscleblaze-iso-zero";

    private RelevanceSet() {
    }

    private static Case only(String query, String... slugs) {
        return new Case(query, Expect.ONLY, Set.of(slugs));
    }

    private static Case first(String query, String... slugs) {
        return new Case(query, Expect.FIRST, Set.of(slugs));
    }

    private static Case sameAs(String query, String other) {
        return new Case(query, Expect.SAME_AS, Set.of(other));
    }

    private static Case nothing(String query) {
        return new Case(query, Expect.NOTHING, Set.of());
    }

    static List<Case> cases() {
        return List.of(
                only("optimum gold standard", ON_WHEY, ON_ISOLATE),
                only("standard gold", ON_WHEY, ON_ISOLATE),
                first("Gold Standard 100% Whey", ON_WHEY),
                only("myprotein impact", "myprotein-impact-whey", "myprotein-impact-whey-isolate"),
                only("impact myprotein", "myprotein-impact-whey", "myprotein-impact-whey-isolate"),
                only("my protein impact isolate", "myprotein-impact-whey-isolate"),
                only("ON gold", ON_WHEY, ON_ISOLATE),
                only("gold", ON_WHEY, ON_ISOLATE, "nutrabay-gold-100-whey"),
                sameAs("goldd", "gold"),
                only("optimun", ON_WHEY, ON_ISOLATE),
                only("optimum nutriton", ON_WHEY, ON_ISOLATE),
                first("isolate", ON_ISOLATE, "myprotein-impact-whey-isolate", "isopure-zero-carb", "as-it-is-whey-isolate-90", ISO_ZERO),
                sameAs("isolatte", "isolate"),
                sameAs("isloate", "isolate"),
                sameAs("chocolat", "chocolate"),
                sameAs("choco", "chocolate"),
                only("vanilla", ON_WHEY, "rule-one-r1-protein"),
                sameAs("vanila", "vanilla"),
                sameAs("vanilla ", "vanilla"),
                only("mango", BIOZYME),
                only("magical mango", BIOZYME),
                only("MB biozyme", BIOZYME),
                only("muscle blaze", BIOZYME, ISO_ZERO),
                only("muscleblaze", BIOZYME, ISO_ZERO),
                sameAs("musclebalze", "muscleblaze"),
                only("dymatize iso", "dymatize-iso-100"),
                only("hydrolyzed", "dymatize-iso-100"),
                only("hydrolysed", "dymatize-iso-100"),
                only("isopure zero carb", "isopure-zero-carb"),
                only("zero", "isopure-zero-carb", ISO_ZERO),
                only("iso zero", ISO_ZERO),
                only("scitec professional", "scitec-100-whey-protein-professional"),
                only("cookies cream", "scitec-100-whey-protein-professional"),
                only("bulk pure", "bulk-pure-whey-protein"),
                only("strawberry", "bulk-pure-whey-protein"),
                only("nutrabay kesar", "nutrabay-gold-100-whey"),
                only("badam pista", "nutrabay-gold-100-whey"),
                only("bsn syntha", "bsn-syntha-6"),
                only("syntha 6", "bsn-syntha-6"),
                only("milkshake", "bsn-syntha-6"),
                only("rule one", "rule-one-r1-protein"),
                only("R1", "rule-one-r1-protein"),
                only("prostar", "ultimate-prostar-100-whey"),
                only("UN prostar", "ultimate-prostar-100-whey"),
                only("ultimate nutrition prostar", "ultimate-prostar-100-whey"),
                only("as it is raw", "as-it-is-whey-protein-80"),
                only("whey isolate 90", "as-it-is-whey-isolate-90"),
                only("rich chocolate", ON_WHEY, BIOZYME),
                nothing("casein"),
                nothing("creatine monohydrate"),
                nothing("gold casein"),
                nothing("gld"),
                nothing("xyzzy"));
    }
}
