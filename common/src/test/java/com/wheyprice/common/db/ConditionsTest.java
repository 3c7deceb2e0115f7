package com.wheyprice.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void onlyPresentConditionsAreAddedAndNumberedInOrder() {
        Conditions conditions = new Conditions()
                .andIfPresent("tier = ?", null)
                .andIfPresent("brand = ?", "acme")
                .and("(created_at > ? OR (created_at = ? AND id > ?))", "t", "t", "id");

        assertThat(conditions.where()).isEqualTo(" WHERE brand = $1 AND (created_at > $2 OR (created_at = $3 AND id > $4))");
        assertThat(conditions.next()).isEqualTo("$5");
        assertThat(conditions.params(10)).containsExactly("acme", "t", "t", "id", 10);
    }

    @Test
    void noConditionsMeansNoWhereClause() {
        Conditions conditions = new Conditions().andIfPresent("tier = ?", null);

        assertThat(conditions.where()).isEmpty();
        assertThat(conditions.next()).isEqualTo("$1");
    }

    @Test
    void aSecondClauseContinuesTheNumberingAndCarriesAllValues() {
        Conditions inner = new Conditions().and("currency = ?", "INR");
        Conditions outer = inner.then().andIfPresent("brand = ?", "acme");

        assertThat(inner.where()).isEqualTo(" WHERE currency = $1");
        assertThat(outer.where()).isEqualTo(" WHERE brand = $2");
        assertThat(outer.params(20)).containsExactly("INR", "acme", 20);
    }

    @Test
    void placeholderAndValueCountsMustAgree() {
        assertThatThrownBy(() -> new Conditions().and("a = ? AND b = ?", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conditions().and("a = ?", 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
