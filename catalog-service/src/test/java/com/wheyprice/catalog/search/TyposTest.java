package com.wheyprice.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void oneInsertionDeletionSubstitutionOrSwapIsOneEdit() {
        assertThat(Typos.withinOneEdit("isolate", "isolate")).isTrue();
        assertThat(Typos.withinOneEdit("isolate", "isolatte")).isTrue();
        assertThat(Typos.withinOneEdit("isolate", "isolae")).isTrue();
        assertThat(Typos.withinOneEdit("isolate", "isolute")).isTrue();
        assertThat(Typos.withinOneEdit("isolate", "isloate")).isTrue();
        assertThat(Typos.withinOneEdit("isolate", "soilate")).isFalse();
        assertThat(Typos.withinOneEdit("isolate", "isolated!")).isFalse();
        assertThat(Typos.withinOneEdit("gold", "golf")).isTrue();
        assertThat(Typos.withinOneEdit("abcde", "abdec")).isFalse();
    }

    @Test
    void onlyLongEnoughWordsOfLettersMayCarryATypo() {
        assertThat(Typos.tolerated("whey")).isFalse();
        assertThat(Typos.tolerated("impact")).isTrue();
        assertThat(Typos.tolerated("10000")).isFalse();
    }

    /** What the index lookup relies on: any two words one edit apart share the word or one of its deletions. */
    @Test
    void wordsOneEditApartAlwaysShareADeletionOrTheWordItself() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String word = randomWord(random, 5 + random.nextInt(6));
            String typo = edit(word, random);
            if (!Typos.withinOneEdit(word, typo)) {
                continue;
            }
            Set<String> typed = new HashSet<>(Typos.deletions(typo));
            typed.add(typo);
            Set<String> indexed = new HashSet<>(Typos.deletions(word));
            indexed.add(word);
            typed.retainAll(indexed);
            assertThat(typed).as("%s / %s", word, typo).isNotEmpty();
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    private static String edit(String word, Random random) {
        int at = random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(6));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }
}
