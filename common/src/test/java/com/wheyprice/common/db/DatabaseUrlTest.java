package com.wheyprice.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    @Test
    void postgresUrlGivesReactiveAndJdbcFormsWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://whey:s%40cret@db.internal:6543/whey?sslmode=require");

        assertThat(url.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(url.reactive()).isEqualTo("postgresql://whey:s%40cret@db.internal:6543/whey?sslmode=require");
        assertThat(url.jdbc()).isEqualTo("jdbc:postgresql://db.internal:6543/whey?sslmode=require");
        assertThat(url.user()).isEqualTo("whey");
        assertThat(url.password()).isEqualTo("s@cret");
    }

    @Test
    void postgresSchemeAliasAndDefaultPortAreAccepted() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://localhost/test");

        assertThat(url.jdbc()).isEqualTo("jdbc:postgresql://localhost:5432/test");
        assertThat(url.user()).isNull();
    }

    @Test
    void sqliteUrlNamesTheFile() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:data/whey.db");

        assertThat(url.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(url.sqliteFile()).isEqualTo(Path.of("data/whey.db"));
    }

    @Test
    void redactedFormHidesThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://whey:topsecret@db:5432/whey").redacted())
                .isEqualTo("postgresql://whey:***@db:5432/whey")
                .doesNotContain("topsecret");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "mysql://db/whey", "postgresql://:5432/whey", "postgresql://db:5432", "jdbc:sqlite::memory:",
            "jdbc:sqlite:", "postgresql://user:pw@db:5432/whey with space" })
    void unusableUrlsAreRejectedNamingTheVariable(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse(value))
                .isInstanceOf(DatabaseUrl.InvalidDatabaseUrlException.class)
                .hasMessageStartingWith("DATABASE_URL=")
                .hasMessageContaining("is not usable")
                .message().doesNotContain(":pw@");
    }
}
