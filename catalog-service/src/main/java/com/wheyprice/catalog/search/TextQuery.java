package com.wheyprice.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Dialect;

/**
 * A shopper's search text as the catalog runs it: its words, all of which a product must hold, in
 * any order; each with the catalog's words one typo away ({@link Typos}); the last, while it is
 * being typed, also as the beginning of a word. Relevance counts, per word, a match in the
 * product's title (brand, aliases, name) as typed (2) or with a typo (1); a match elsewhere
 * (flavour, protein type, category) finds the product but adds nothing.
 */
public record TextQuery(List<Term> terms) {

    /** The most words of a search text that count; a longer text's further words are ignored. */
    public static final int MAX_TERMS = 10;

    /**
     * How many rows a walk for the products of {@link #bestRelevance} reads per result at most.
     * The walk pays off while at least one product in {@value} of the order it walks ranks that
     * high; when fewer do, it costs a small, bounded read before every match is scored.
     */
    public static final int WALK_ROWS_PER_RESULT = 10;

    /**
     * One typed word.
     *
     * @param prefix    whether it also matches the words it begins
     * @param typos     the catalog's words one edit away from it
     * @param inCatalog false only when the catalog's vocabulary was looked up and lacks the word
     *                  as typed, so that it can match only through a typo
     */
    public record Term(String typed, boolean prefix, List<String> typos, boolean inCatalog) {

        /** Whether a word of a text matches this term: as typed, with a typo, or begun by it while it is typed. */
        public boolean matches(String word) {
            return word.equals(typed) || typos.contains(word) || prefix && word.startsWith(typed);
        }

        /** The most this term can add to a product's relevance. */
        int best() {
            return inCatalog ? 2 : typos.isEmpty() ? 0 : 1;
        }

        List<String> alternatives() {
            List<String> words = new ArrayList<>();
            words.add(prefix ? typed + "*" : typed);
            words.addAll(typos);
            return words;
        }
    }

    /** Whether the text holds no word at all: such a search finds nothing. */
    public boolean empty() {
        return terms.isEmpty();
    }

    /**
     * Adds to {@code where} that the product {@code productId} (an SQL column) has a search
     * document holding every term, found through the engine's full-text index.
     */
    public Conditions match(Conditions where, Dialect dialect, String productId) {
        if (empty()) {
            return where.and("1 = 0");
        }
        return where.and(productId + " IN (SELECT d.product_id FROM catalog_search_document d WHERE "
                + dialect.fullTextMatch("catalog_search_document", "d", "?") + ")", dialect.fullTextQuery(groups()));
    }

    /** Adds to {@code where} that the search document the statement joins as {@code document} holds every term. */
    public Conditions matchDocument(Conditions where, Dialect dialect, String document) {
        if (empty()) {
            return where.and("1 = 0");
        }
        return where.and(dialect.fullTextMatch("catalog_search_document", document, "?"), dialect.fullTextQuery(groups()));
    }

    /**
     * As {@link #matchDocument}, for documents the statement has already narrowed to a few
     * hundred (one brand's): each is checked, without the full-text index ({@link Dialect#fullTextFilter}).
     */
    public Conditions filterDocument(Conditions where, Dialect dialect, String document) {
        if (empty()) {
            return where.and("1 = 0");
        }
        return where.and(dialect.fullTextFilter("catalog_search_document", document, "?"), dialect.fullTextQuery(groups()));
    }

    private List<List<String>> groups() {
        return terms.stream().map(Term::alternatives).toList();
    }

    /**
     * The SQL of a product's relevance over its search document {@code document} (an alias), its
     * patterns bound through {@code where}; for a query with terms.
     */
    public String relevance(Conditions where, String document) {
        String title = title(document);
        return terms.stream().map(term -> {
            String typo = typoInTitle(where, title, term);
            return "CASE WHEN " + typedInTitle(where, title, term) + " THEN 2" + (typo == null ? "" : " WHEN " + typo + " THEN 1") + " ELSE 0 END";
        }).collect(Collectors.joining(" + ", "(", ")"));
    }

    /**
     * The highest {@link #relevance} any product can have: two per term, or one for a term that
     * is in no document as typed and can match only through a typo. It is an upper bound, and
     * exact where some product matches every term as it scores best; 0 when some term matches
     * nothing at all, as then no product is found.
     */
    public int bestRelevance() {
        return terms.stream().anyMatch(term -> term.best() == 0) ? 0 : terms.stream().mapToInt(Term::best).sum();
    }

    /**
     * Adds to {@code where} that the search document {@code document} scores {@link #bestRelevance}:
     * each term is in its title as it scores best. Such a product matches the text too, as its
     * title is part of its document.
     */
    public Conditions matchBest(Conditions where, String document) {
        String title = title(document);
        terms.forEach(term -> where.and(term.best() == 2 ? typedInTitle(where, title, term) : "(" + typoInTitle(where, title, term) + ")"));
        return where;
    }

    /**
     * Adds to {@code where} that the title of {@code titled} (an alias of a table with a
     * {@code title} of words) holds every term: as typed, begun while it is typed, or with a typo.
     */
    public Conditions matchTitle(Conditions where, String titled) {
        if (empty()) {
            return where.and("1 = 0");
        }
        String title = title(titled);
        terms.forEach(term -> {
            String typo = typoInTitle(where, title, term);
            where.and("(" + typedInTitle(where, title, term) + (typo == null ? "" : " OR " + typo) + ")");
        });
        return where;
    }

    private static String title(String document) {
        return "(' ' || " + document + ".title || ' ')";
    }

    private static String typedInTitle(Conditions where, String title, Term term) {
        return title + " LIKE " + where.bind(term.prefix() ? "% " + term.typed() + "%" : "% " + term.typed() + " %");
    }

    /** Whether the title holds one of the term's typos; null when it has none. */
    private static String typoInTitle(Conditions where, String title, Term term) {
        return term.typos().isEmpty() ? null
                : term.typos().stream().map(word -> title + " LIKE " + where.bind("% " + word + " %")).collect(Collectors.joining(" OR "));
    }
}
