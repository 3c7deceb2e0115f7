package com.wheyprice.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlPlaceholdersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "SELECT * FROM t WHERE a = $1 AND b = $2             | SELECT * FROM t WHERE a = ?1 AND b = ?2",
            "SELECT $1, $1, $10                                  | SELECT ?1, ?1, ?10",
            "SELECT 'price: $1' , $1                             | SELECT 'price: $1' , ?1",
            "SELECT 'it''s $2', $2                               | SELECT 'it''s $2', ?2",
            "SELECT \"col$1\" FROM t WHERE x = $1                | SELECT \"col$1\" FROM t WHERE x = ?1",
            "SELECT 1 -- costs $1\\nWHERE a = $1                 | SELECT 1 -- costs $1\\nWHERE a = ?1",
            "SELECT /* $1 */ $1                                  | SELECT /* $1 */ ?1",
            "SELECT $tag$ body $1 $tag$, $1                      | SELECT $tag$ body $1 $tag$, ?1",
            "SELECT $$ $1 $$, $2                                 | SELECT $$ $1 $$, ?2",
            "SELECT price$ FROM t WHERE $1 > 0                   | SELECT price$ FROM t WHERE ?1 > 0",
            "SELECT 'unterminated $1                             | SELECT 'unterminated $1",
    })
    void rewritesParametersButNotTextThatLooksLikeThem(String postgres, String sqlite) {
        assertThat(SqlPlaceholders.toNumbered(postgres.replace("\\n", "\n").strip()))
                .isEqualTo(sqlite.replace("\\n", "\n").strip());
    }
}
