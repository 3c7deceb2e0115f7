package com.wheyprice.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import com.wheyprice.platform.api.ProblemType;

class ProblemExceptionTest {

    @Test
    void anEnumParameterIsReadInAnyCase() {
        assertThat(ProblemException.enumField(DayOfWeek.class, "monday", "day")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ProblemException.enumField(DayOfWeek.class, "Friday", "day")).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void anythingElseIsA400NamingTheFieldAndTheChoices() {
        assertThatThrownBy(() -> ProblemException.enumField(DayOfWeek.class, "someday", "day"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("day");
                        assertThat(error.message()).isEqualTo("must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
                    });
                });
    }
}
