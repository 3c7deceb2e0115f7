package com.wheyprice.common.health;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.mutiny.Uni;

/**
 * Turns a round trip to a dependency into a readiness answer: UP when it completes in time,
 * DOWN with the reason otherwise. A dependency that hangs never hangs the probe.
 */
final class DependencyCheck {

    private DependencyCheck() {
    }

    static Uni<HealthCheckResponse> probe(String name, String detail, Uni<?> roundTrip, Duration timeout) {
        return roundTrip
                .ifNoItem().after(timeout).fail()
                .map(ignored -> HealthCheckResponse.named(name).up().withData("target", detail).build())
                .onFailure().recoverWithItem(error -> HealthCheckResponse.named(name).down()
                        .withData("target", detail)
                        .withData("error", String.valueOf(error.getMessage()))
                        .build());
    }
}
