package com.wheyprice.notify.email;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.config.Environment;

/** Production never sends mail in the clear; development may, to run.sh's local mail server. */
class MailTransportCheckTest {

    private final MailTransportCheck check = new MailTransportCheck();

    @Test
    void productionRefusesToStartWithoutTls() {
        assertThatThrownBy(() -> check.check(null, environment("production"), "DISABLED", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SMTP_START_TLS=REQUIRED");
        assertThatThrownBy(() -> check.check(null, environment("production"), "OPTIONAL", false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionStartsWithStartTlsRequiredOrImplicitTls() {
        assertThatCode(() -> check.check(null, environment("production"), "REQUIRED", false)).doesNotThrowAnyException();
        assertThatCode(() -> check.check(null, environment("production"), "DISABLED", true)).doesNotThrowAnyException();
    }

    @Test
    void developmentMaySendInTheClearToALocalServer() {
        assertThatCode(() -> check.check(null, environment("development"), "DISABLED", false)).doesNotThrowAnyException();
    }

    private static Environment environment(String name) {
        return () -> name;
    }
}
