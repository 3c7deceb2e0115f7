package com.wheyprice.api.ratelimit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.wheyprice.api.config.ApiConfig;
import com.wheyprice.api.observe.RequestMetrics;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.ClientInfo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Holds every client of {@code /api/v1} to its tier's requests per minute: signed-in callers
 * per account, anonymous ones per IP address. Every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; one over the limit is a 429 problem
 * with {@code Retry-After}. If Redis cannot be asked, requests are let through (and logged):
 * the limit protects the platform, it must not take it down.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final ApiConfig.RateLimits limits;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimiter limiter, ApiConfig config, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.limits = config.rateLimits();
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!limits.enabled() || !context.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .chain(identity -> {
                    Tier tier = tier(identity);
                    context.setProperty(RequestMetrics.TIER, tier);
                    String client = tier == Tier.PUBLIC ? "ip:" + ClientInfo.ip(request) : "user:" + identity.getPrincipal().getName();
                    return limiter.take(client, perMinute(tier));
                })
                .onFailure().invoke(error -> LOG.warnf("rate limit not checked (%s); request let through", error.getMessage()))
                .onFailure().recoverWithNull()
                .invoke(decision -> {
                    if (decision == null) {
                        return;
                    }
                    context.setProperty(DECISION, decision);
                    if (!decision.allowed()) {
                        throw ProblemException.tooManyRequests("rate limit of " + decision.limit() + " requests per minute reached",
                                decision.reset());
                    }
                })
                .replaceWithVoid();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", Math.max(1, (decision.reset().toMillis() + 999) / 1000));
        }
    }

    private static Tier tier(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Tier.PUBLIC;
        }
        Optional<Tier> highest = Arrays.stream(Tier.values()).filter(tier -> identity.hasRole(tier.name())).max(Comparator.naturalOrder());
        return highest.orElse(Tier.PUBLIC);
    }

    private int perMinute(Tier tier) {
        return switch (tier) {
            case PUBLIC -> limits.publicPerMinute();
            case USER -> limits.userPerMinute();
            case PREMIUM -> limits.premiumPerMinute();
            case ADMIN, SUPER_ADMIN -> limits.adminPerMinute();
        };
    }
}
