package com.wheyprice.notify.contact;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.Contact;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * The one way notification-service learns how to reach a person: auth-service's current answer,
 * asked at every send and never stored, so a changed address is used at once and an erased
 * person (404) is never written to. The call has a timeout and a circuit breaker, so an
 * auth-service outage turns into quick, retried-later deliveries rather than piled-up waits; it
 * is retried twice, since reading is safe to repeat. A 404 is an answer (no such person), not a
 * failure: neither retried nor counted by the breaker.
 */
@ApplicationScoped
public class Contacts {

    private final AuthInternalApi api;

    Contacts(@RestClient AuthInternalApi api) {
        this.api = api;
    }

    /** The person's contact details, or empty when they have no account (never had one, or erased it). */
    @WithSpan("auth contact")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Optional<Contact>> of(UUID userId) {
        return api.contact(userId).map(Optional::of)
                .onFailure(error -> error instanceof WebApplicationException web && web.getResponse().getStatus() == 404)
                .recoverWithItem(Optional.empty());
    }

    /**
     * A message about the person's account as it is to be sent now, its link's token freshly
     * minted; empty when it is not to be sent any more (the account erased, the link used or
     * expired). Not retried: each call mints a new token, and the delivery is retried as a whole.
     */
    @WithSpan("auth account mail")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Optional<AccountMail>> accountMail(UUID mailId) {
        return api.openAccountMail(mailId).map(Optional::of)
                .onFailure(error -> error instanceof WebApplicationException web && web.getResponse().getStatus() == 404)
                .recoverWithItem(Optional.empty());
    }
}
