package com.wheyprice.catalog.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Typo tolerance as search promises it: a word of at least {@link #MIN_LENGTH} letters also finds
 * the words one edit away (a letter added, dropped, changed, or two neighbours swapped). Lookups
 * go through each word's deletions (the symmetric-delete method): two words one edit apart
 * always share the word itself or a deletion, so an index finds the candidates and
 * {@link #withinOneEdit} confirms them.
 */
public final class Typos {

    /** The shortest typed word that may carry a typo. */
    public static final int MIN_LENGTH = 5;

    private Typos() {
    }

    /** Whether a typed word is long enough, and made of letters only, to be looked up with a typo. */
    public static boolean tolerated(String word) {
        return word.length() >= MIN_LENGTH && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** The word with one letter left out, at every position. */
    public static Set<String> deletions(String word) {
        Set<String> deletions = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            deletions.add(word.substring(0, i) + word.substring(i + 1));
        }
        return deletions;
    }

    /** Whether {@code a} and {@code b} differ by at most one insertion, deletion, substitution or swap of neighbours. */
    public static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int differentA = endA - start;
        int differentB = endB - start;
        if (differentA <= 1 && differentB <= 1) {
            return true;
        }
        return differentA == 2 && differentB == 2 && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start);
    }
}
