package com.wheyprice.scraper.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.wheyprice.common.net.PublicTargets;
import com.wheyprice.scraper.config.ScraperConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/**
 * Fetches a retailer page the way a good citizen crawler does: only public targets, robots.txt
 * obeyed, the retailer's request rate and a per-domain concurrency cap shared by all instances,
 * a pause for the whole domain when it answers 429 or 503 with Retry-After, a limited number of
 * redirects each checked like the first URL, and the time of every fetch recorded per domain.
 */
@ApplicationScoped
public class PoliteFetcher {

    private static final Logger LOG = Logger.getLogger(PoliteFetcher.class);
    private static final Duration SLOT_RETRY = Duration.ofMillis(200);
    private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(60);
    private static final Duration RATE_PERIOD = Duration.ofMinutes(1);

    private final TargetPolicy targets;
    private final RobotsRules robots;
    private final DomainThrottle throttle;
    private final PageClient client;
    private final ProxyRotation proxies;
    private final ScraperConfig.Fetch config;
    private final MeterRegistry metrics;

    PoliteFetcher(TargetPolicy targets, RobotsRules robots, DomainThrottle throttle, PageClient client, ProxyRotation proxies,
            ScraperConfig config, MeterRegistry metrics) {
        this.targets = targets;
        this.robots = robots;
        this.throttle = throttle;
        this.client = client;
        this.proxies = proxies;
        this.config = config.fetch();
        this.metrics = metrics;
    }

    /** How a retailer wants to be asked: requests per minute (0 for the default) and extra headers. */
    public record Manners(int requestsPerMinute, Map<String, String> headers) {
        public static final Manners DEFAULT = new Manners(0, Map.of());
    }

    /**
     * The page at {@code url} (2xx), or a failure: {@link FetchException} (retryable or not,
     * blocked or not) or {@link Postponed} when the domain cannot be asked soon enough.
     */
    public Uni<FetchedPage> fetch(URI url, Manners manners) {
        return hop(url, manners, config.maxRedirects());
    }

    private Uni<FetchedPage> hop(URI url, Manners manners, int redirectsLeft) {
        return targets.check(url)
                .call(target -> robots.allowed(url).invoke(allowed -> {
                    if (!allowed) {
                        throw FetchException.blocked("robots.txt disallows " + url.getRawPath());
                    }
                }))
                .chain(target -> politely(target, manners))
                .chain(page -> {
                    if (!page.redirect()) {
                        return Uni.createFrom().item(judge(page));
                    }
                    if (redirectsLeft == 0) {
                        return Uni.createFrom().failure(FetchException.failed("more than " + config.maxRedirects() + " redirects"));
                    }
                    return hop(url.resolve(page.location()), manners, redirectsLeft - 1);
                });
    }

    private Uni<FetchedPage> politely(PublicTargets.Target target, Manners manners) {
        String domain = target.host();
        int limit = manners.requestsPerMinute() > 0 ? manners.requestsPerMinute() : config.defaultRequestsPerMinute();
        return throttle.reserve(domain, limit, RATE_PERIOD, config.maxWait())
                .chain(turn -> {
                    if (!turn.reserved()) {
                        return Uni.createFrom().failure(new Postponed(domain, turn.delay()));
                    }
                    Uni<Void> waited = turn.delay().isZero() ? Uni.createFrom().voidItem()
                            : Uni.createFrom().voidItem().onItem().delayIt().by(turn.delay());
                    return waited.chain(() -> inSlot(target, manners, config.maxWait()));
                });
    }

    private Uni<FetchedPage> inSlot(PublicTargets.Target target, Manners manners, Duration patience) {
        String domain = target.host();
        Duration hold = config.connectTimeout().plus(config.readTimeout()).multipliedBy(2);
        return throttle.enter(domain, config.domainConcurrency(), hold).chain(token -> {
            if (token == null) {
                if (patience.compareTo(SLOT_RETRY) < 0) {
                    return Uni.createFrom().failure(new Postponed(domain, SLOT_RETRY));
                }
                return Uni.createFrom().voidItem().onItem().delayIt().by(SLOT_RETRY)
                        .chain(() -> inSlot(target, manners, patience.minus(SLOT_RETRY)));
            }
            return timed(target, manners).eventually(() -> throttle.leave(domain, token).onFailure().recoverWithNull());
        });
    }

    private Uni<FetchedPage> timed(PublicTargets.Target target, Manners manners) {
        Optional<ProxyRotation.Proxy> proxy = proxies.next();
        Timer.Sample sample = Timer.start(metrics);
        return client.get(target, manners.headers(), proxy)
                .onItemOrFailure().invoke((page, error) -> {
                    String outcome = error != null ? "error" : Integer.toString(page.status() / 100) + "xx";
                    sample.stop(Timer.builder("whey_scrape_fetch_seconds").description("Time to fetch a retailer page")
                            .tag("domain", target.host()).tag("outcome", outcome).publishPercentileHistogram().register(metrics));
                    proxy.ifPresent(used -> {
                        if (error != null) {
                            proxies.failed(used);
                        } else {
                            proxies.succeeded(used);
                        }
                    });
                })
                .onFailure(error -> !(error instanceof FetchException))
                .transform(error -> FetchException.retryable(connectionFailure(target, error)))
                .call(page -> page.status() == 429 || page.status() == 503
                        ? throttle.pause(target.host(), pauseFor(page.retryAfter()))
                        : Uni.createFrom().voidItem());
    }

    /**
     * What went wrong on the wire, said by the host's name and a category only: the message reaches
     * admins (previews, dead letters), and a transport error's own text names the address and port
     * it tried, which must not tell anyone what answers where.
     */
    static String connectionFailure(PublicTargets.Target target, Throwable error) {
        LOG.debugf(error, "fetching %s failed", target.url());
        boolean timedOut = error instanceof TimeoutException || error.getClass().getSimpleName().contains("Timeout");
        return (timedOut ? "timed out reaching " : "could not connect to ") + target.host();
    }

    private Duration pauseFor(Duration retryAfter) {
        Duration asked = retryAfter == null ? DEFAULT_PAUSE : retryAfter;
        return asked.compareTo(config.maxPause()) > 0 ? config.maxPause() : asked;
    }

    /** A final (non-redirect) response: the page when it is one, else the failure it stands for. */
    private static FetchedPage judge(FetchedPage page) {
        int status = page.status();
        if (status >= 200 && status < 300) {
            return page;
        }
        String what = "HTTP " + status + " from " + page.url().getHost().toLowerCase(Locale.ROOT);
        if (status == 429 || status >= 500) {
            throw FetchException.retryable(what);
        }
        if (status == 401 || status == 403) {
            throw FetchException.blocked(what);
        }
        throw FetchException.failed(what);
    }
}
