package com.wheyprice.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.scraper.ScraperTestResource;
import com.wheyprice.scraper.TestRetailer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** Fetching like a good citizen, against a local retailer site: robots.txt, private targets, Retry-After, size and rate limits. */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class PoliteFetcherTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final PoliteFetcher.Manners FAST = new PoliteFetcher.Manners(6000, Map.of());

    TestRetailer retailer;

    @Inject
    PoliteFetcher fetcher;

    @Inject
    DomainThrottle throttle;

    private URI page(String body) {
        String path = "/p/" + UUID.randomUUID() + ".html";
        retailer.page(path, TestRetailer.Response.html(body));
        return URI.create(retailer.url() + path);
    }

    @Test
    void aPageIsFetchedWithOurUserAgentAfterRobotsTxtWasRead() {
        URI url = page("<html><body>ok</body></html>");

        FetchedPage fetched = fetcher.fetch(url, FAST).await().atMost(WAIT);

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).contains("ok");
        assertThat(retailer.hits(url.getPath())).singleElement().satisfies(hit -> assertThat(hit.userAgent()).startsWith("WheyPriceBot/"));
        assertThat(retailer.hits("/robots.txt")).isNotEmpty();
    }

    @Test
    void aPathRobotsTxtDisallowsIsNeverRequested() {
        retailer.page("/private/secret.html", TestRetailer.Response.html("no"));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(retailer.url() + "/private/secret.html"), FAST).await().atMost(WAIT))
                .isInstanceOfSatisfying(FetchException.class, error -> {
                    assertThat(error.blocked()).isTrue();
                    assertThat(error.getMessage()).contains("robots.txt");
                });
        assertThat(retailer.hits("/private/secret.html")).isEmpty();
    }

    @Test
    void privateLoopbackSpecialPurposeAndObscuredTargetsOtherThanTheSampleRetailerAreRefused() {
        for (String url : List.of("http://10.1.2.3/p", "http://127.0.0.1:1/p", "http://localhost:9/p", "http://[::1]:9/p", "file:///etc/passwd",
                "http://169.254.169.254/latest/meta-data/", "http://198.18.0.1/p", "http://192.0.2.2:8082/q/metrics", "http://0177.0.0.1:8082/p",
                "http://2130706433/p", "http://[::ffff:127.0.0.1]:9/p", "http://[64:ff9b::7f00:1]/p")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url), FAST).await().atMost(WAIT))
                    .as(url).isInstanceOfSatisfying(FetchException.class, error -> assertThat(error.blocked()).isTrue());
        }
    }

    @Test
    void retryAfterOn429PausesTheWholeDomain() {
        String path = "/busy-" + UUID.randomUUID();
        retailer.page(path, new TestRetailer.Response(429, Map.of("Retry-After", "30"), "slow down"));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(retailer.url() + path), FAST).await().atMost(WAIT))
                .isInstanceOfSatisfying(FetchException.class, error -> assertThat(error.retryable()).isTrue());
        URI other = page("<html>fine</html>");

        assertThatThrownBy(() -> fetcher.fetch(other, FAST).await().atMost(WAIT))
                .isInstanceOfSatisfying(Postponed.class, postponed -> assertThat(postponed.waitFor()).isGreaterThan(Duration.ofSeconds(20)));
        assertThat(retailer.hits(other.getPath())).isEmpty();
        throttle.pause("127.0.0.1", Duration.ofMillis(1)).await().atMost(WAIT);
    }

    @Test
    void aPageLargerThanTheCapIsRefused() {
        URI url = page("<html>" + "x".repeat(30_000) + "</html>");

        assertThatThrownBy(() -> fetcher.fetch(url, FAST).await().atMost(WAIT))
                .isInstanceOfSatisfying(FetchException.class, error -> {
                    assertThat(error.retryable()).isFalse();
                    assertThat(error.getMessage()).contains("allowed");
                });
    }

    @Test
    void redirectsAreFollowedUpToTheLimitAndEachHopIsChecked() {
        URI target = page("<html>arrived</html>");
        retailer.page("/moved", new TestRetailer.Response(301, Map.of("Location", target.getPath()), ""));
        retailer.page("/to-private", new TestRetailer.Response(302, Map.of("Location", "http://10.9.9.9/admin"), ""));
        retailer.page("/loop", new TestRetailer.Response(302, Map.of("Location", "/loop"), ""));

        assertThat(fetcher.fetch(URI.create(retailer.url() + "/moved"), FAST).await().atMost(WAIT).body()).contains("arrived");
        assertThatThrownBy(() -> fetcher.fetch(URI.create(retailer.url() + "/to-private"), FAST).await().atMost(WAIT))
                .isInstanceOfSatisfying(FetchException.class, error -> assertThat(error.blocked()).isTrue());
        assertThatThrownBy(() -> fetcher.fetch(URI.create(retailer.url() + "/loop"), FAST).await().atMost(WAIT))
                .isInstanceOfSatisfying(FetchException.class, error -> assertThat(error.getMessage()).contains("redirects"));
    }

    /**
     * Two workers fetch as fast as the limit lets them. The limit is 300 per minute (one every
     * 200 ms); over six seconds no one-second window may see more than 5 (+1) requests, the same
     * property as "N (+1) in any minute" at a scale a test can wait for.
     */
    @Test
    void twoWorkersTogetherStayWithinTheDomainsRateLimit() {
        URI url = page("<html>rate</html>");
        PoliteFetcher.Manners limited = new PoliteFetcher.Manners(300, Map.of());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
        List<Uni<Void>> workers = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
            workers.add(keepFetching(url, limited, end));
        }
        Uni.join().all(workers).andFailFast().await().atMost(Duration.ofSeconds(30));

        List<Long> times = retailer.hits(url.getPath()).stream().map(TestRetailer.Hit::atNanos).sorted().toList();
        assertThat(times.size()).isBetween(20, 32);
        for (int i = 0; i < times.size(); i++) {
            long windowEnd = times.get(i) + TimeUnit.SECONDS.toNanos(1);
            long inWindow = times.stream().filter(t -> t < windowEnd).count() - i;
            assertThat(inWindow).as("requests in the second from request %d", i).isLessThanOrEqualTo(6);
        }
    }

    private Uni<Void> keepFetching(URI url, PoliteFetcher.Manners manners, long end) {
        if (System.nanoTime() > end) {
            return Uni.createFrom().voidItem();
        }
        return fetcher.fetch(url, manners).replaceWithVoid()
                .onFailure(Postponed.class).recoverWithItem((Void) null)
                .chain(() -> keepFetching(url, manners, end));
    }
}
