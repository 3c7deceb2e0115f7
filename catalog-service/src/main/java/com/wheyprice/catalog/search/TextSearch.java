package com.wheyprice.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * Turns a shopper's search text into a {@link TextQuery}: its words, and for each long enough one
 * the catalog's words one typo away, found in one statement through the vocabulary and its
 * deletions ({@link SearchDocuments}) and confirmed by {@link Typos#withinOneEdit}.
 */
@ApplicationScoped
public class TextSearch {

    public Uni<TextQuery> query(SqlSession sql, String text) {
        List<String> words = SearchText.words(text);
        if (words.size() > TextQuery.MAX_TERMS) {
            words = words.subList(0, TextQuery.MAX_TERMS);
        }
        boolean typing = !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1));
        List<String> typed = words;
        Set<String> tolerated = new LinkedHashSet<>(typed.stream().filter(Typos::tolerated).toList());
        if (tolerated.isEmpty()) {
            return Uni.createFrom().item(terms(typed, typing, Map.of(), Set.of()));
        }
        Set<String> deletions = new TreeSet<>();
        tolerated.forEach(word -> deletions.addAll(Typos.deletions(word)));
        Set<String> keys = new TreeSet<>(deletions);
        keys.addAll(tolerated);
        List<Object> params = new ArrayList<>(deletions);
        params.addAll(keys);
        String shorter = SqlPlaceholders.numbered(1, deletions.size());
        String sameOrLonger = SqlPlaceholders.numbered(deletions.size() + 1, keys.size());
        return sql.list("""
                SELECT word, word AS shared FROM catalog_search_word WHERE word IN (%s)
                UNION ALL
                SELECT word, deletion AS shared FROM catalog_search_word_deletion WHERE deletion IN (%s)""".formatted(shorter, sameOrLonger),
                row -> row.getString("word"), params.toArray())
                .map(candidates -> {
                    Map<String, List<String>> typos = new HashMap<>();
                    Set<String> missing = new HashSet<>();
                    for (String word : tolerated) {
                        typos.put(word, candidates.stream().distinct().filter(candidate -> !candidate.equals(word) && Typos.withinOneEdit(word, candidate))
                                .sorted().toList());
                        // a word in the vocabulary shares its own deletions, so the lookup found it
                        if (!candidates.contains(word)) {
                            missing.add(word);
                        }
                    }
                    return terms(typed, typing, typos, missing);
                });
    }

    private static TextQuery terms(List<String> words, boolean typing, Map<String, List<String>> typos, Set<String> missing) {
        List<TextQuery.Term> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean prefix = typing && i == words.size() - 1;
            terms.add(new TextQuery.Term(word, prefix, typos.getOrDefault(word, List.of()), prefix || !missing.contains(word)));
        }
        return new TextQuery(terms);
    }

}
