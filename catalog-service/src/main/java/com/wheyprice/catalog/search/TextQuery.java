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
     * One typed word.
     *
     * @param prefix whether it also matches the words it begins
     * @param typos  the catalog's words one edit away from it
     */
    public record Term(String typed, boolean prefix, List<String> typos) {

        /** Whether a word of a text matches this term: as typed, with a typo, or begun by it while it is typed. */
        public boolean matches(String word) {
            return word.equals(typed) || typos.contains(word) || prefix && word.startsWith(typed);
        }

        List<String> alternatives() {
            List<String> words = new ArrayList<>();
            words.add(prefix ? typed + "*" : typed);
            words.addAll(typos);
            return words;
        }
    }

    /** Whether every term matches one of the words of {@code text}, tokenized as documents are. */
    public boolean matchesAll(String text) {
        List<String> words = SearchText.words(text);
        return !empty() && terms.stream().allMatch(term -> words.stream().anyMatch(term::matches));
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

    private List<List<String>> groups() {
        return terms.stream().map(Term::alternatives).toList();
    }

    /**
     * The SQL of a product's relevance over its search document {@code document} (an alias), its
     * patterns bound through {@code where}; for a query with terms.
     */
    public String relevance(Conditions where, String document) {
        String title = "(' ' || " + document + ".title || ' ')";
        return terms.stream().map(term -> {
            String typed = where.bind(term.prefix() ? "% " + term.typed() + "%" : "% " + term.typed() + " %");
            String typo = term.typos().stream().map(word -> title + " LIKE " + where.bind("% " + word + " %")).collect(Collectors.joining(" OR "));
            return "CASE WHEN " + title + " LIKE " + typed + " THEN 2" + (typo.isEmpty() ? "" : " WHEN " + typo + " THEN 1") + " ELSE 0 END";
        }).collect(Collectors.joining(" + ", "(", ")"));
    }
}
