package com.wheyprice.scraper.work;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.scraping.ScrapeResults;
import com.wheyprice.scraper.extract.Extraction;
import com.wheyprice.scraper.fetch.FetchException;
import com.wheyprice.scraper.fetch.FetchedPage;
import com.wheyprice.scraper.queue.ScrapeJob;

/**
 * Turns what happened to a scrape into the result catalog-service records. A page with a price
 * is OK; a page without one is NO_PRICE, unless it is a bot check (captcha), which is BLOCKED
 * with availability left unknown, never "out of stock".
 */
final class JobOutcome {

    private static final Pattern BOT_CHECK = Pattern.compile(
            "captcha|are you a robot|verify you are human|unusual traffic|access denied|cf-challenge|challenge-platform");

    private JobOutcome() {
    }

    static ScrapeResults.Result fromPage(ScrapeJob job, FetchedPage page, Extraction extraction, Instant now) {
        if (extraction.price() == null) {
            if (looksLikeBotCheck(page.body())) {
                return new ScrapeResults.Result(job.jobId(), job.listing().listingId(), now, ScrapeResults.Outcome.BLOCKED, null, null, null,
                        "the retailer answered with a bot check (captcha) instead of the page");
            }
            boolean outOfStock = extraction.availability() == Availability.OUT_OF_STOCK;
            return new ScrapeResults.Result(job.jobId(), job.listing().listingId(), now,
                    outOfStock ? ScrapeResults.Outcome.OK : ScrapeResults.Outcome.NO_PRICE, null, null,
                    extraction.availability(), outOfStock ? null : extraction.problem());
        }
        return new ScrapeResults.Result(job.jobId(), job.listing().listingId(), now, ScrapeResults.Outcome.OK,
                extraction.price(), extraction.listPrice(), extraction.availability(), extraction.fromPrice() ? "the page shows a 'from' price" : null);
    }

    static ScrapeResults.Result fromFailure(ScrapeJob job, FetchException failure, Instant now) {
        return new ScrapeResults.Result(job.jobId(), job.listing().listingId(), now,
                failure.blocked() ? ScrapeResults.Outcome.BLOCKED : ScrapeResults.Outcome.FAILED, null, null, null, truncate(failure.getMessage()));
    }

    static ScrapeResults.Result gaveUp(ScrapeJob job, String error, Instant now) {
        return new ScrapeResults.Result(job.jobId(), job.listing().listingId(), now, ScrapeResults.Outcome.FAILED, null, null, null,
                truncate("gave up after " + job.attempt() + " attempts: " + error));
    }

    static boolean looksLikeBotCheck(String body) {
        return body != null && BOT_CHECK.matcher(body.toLowerCase(Locale.ROOT)).find();
    }

    static String truncate(String message) {
        if (message == null) {
            return null;
        }
        return message.length() > 900 ? message.substring(0, 900) : message;
    }
}
