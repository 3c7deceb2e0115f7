package com.wheyprice.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsSplitAtSymbolsAndBetweenLettersAndDigits() {
        assertThat(SearchText.words("ON Gold Standard 100% Whey, 5lb Crème-Brûlée")).containsExactly("on", "gold", "standard", "100", "whey",
                "5", "lb", "creme", "brulee");
        assertThat(SearchText.words("' OR 1=1 --")).containsExactly("or", "1", "1");
        assertThat(SearchText.words("%_")).isEmpty();
        assertThat(SearchText.words(null)).isEmpty();
    }

    @Test
    void aDocumentHoldsEachWordOnce() {
        assertThat(SearchText.document(List.of("Double Rich Chocolate", "Chocolate Mint"))).isEqualTo("double rich chocolate mint");
    }
}
