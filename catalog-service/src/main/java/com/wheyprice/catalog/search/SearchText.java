package com.wheyprice.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one tokenizer of search, for the documents stored and the queries typed, so both engines
 * index and look up the same words: lower case, accents dropped, split at anything that is not
 * a letter or digit and between letters and digits ("5lb" is "5 lb", "100%" is "100").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");

    private SearchText() {
    }

    /** The words of {@code text}, in order, repeats kept. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The distinct words of all {@code texts}, in order of first appearance, joined by single spaces. */
    public static String document(List<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> words.addAll(words(text)));
        return String.join(" ", words);
    }
}
