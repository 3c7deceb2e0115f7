package com.wheyprice.scraper.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.net.Origins;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.scraper.config.ScraperConfig;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Obeys robots.txt. Each origin's file is fetched once, kept in Redis for every instance (a
 * few hours, or minutes when it could not be read), and read with crawler-commons the way
 * major crawlers read it: a missing file allows everything, a server error disallows
 * everything until it can be read again.
 */
@ApplicationScoped
public class RobotsRules {

    private static final Duration UNREADABLE_TTL = Duration.ofMinutes(10);

    private final PageClient client;
    private final TargetPolicy targets;
    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final Duration ttl;
    private final String agent;

    RobotsRules(PageClient client, TargetPolicy targets, ReactiveRedisDataSource redis, RedisKeys keys, ScraperConfig config) {
        this.client = client;
        this.targets = targets;
        this.redis = redis;
        this.keys = keys;
        this.ttl = config.fetch().robotsTtl();
        this.agent = config.fetch().userAgent().split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
    }

    public Uni<Boolean> allowed(URI url) {
        String origin = Origins.of(url);
        String key = keys.key("scrape", "robots", origin.replace(':', '_').replace('/', '_'));
        return redis.value(String.class).get(key)
                .chain(cached -> cached != null ? Uni.createFrom().item(cached) : fetch(url).call(fetched -> store(key, fetched)))
                .map(stored -> rules(url, stored).isAllowed(url.toString()));
    }

    /** {@code <status>\n<body>}, as cached. */
    private Uni<String> fetch(URI url) {
        URI robots = url.resolve("/robots.txt");
        return targets.check(robots)
                .chain(target -> client.get(target, Map.of(), Optional.empty()))
                .map(page -> page.status() + "\n" + (page.status() == 200 ? page.body() : ""))
                .onFailure(error -> !(error instanceof FetchException fetch && fetch.blocked())).recoverWithItem("599\n");
    }

    private Uni<Void> store(String key, String stored) {
        Duration keep = stored.startsWith("200") || stored.startsWith("4") ? ttl : UNREADABLE_TTL;
        return redis.value(String.class).psetex(key, keep.toMillis(), stored).replaceWithVoid();
    }

    private BaseRobotRules rules(URI url, String stored) {
        int newline = stored.indexOf('\n');
        int status = Integer.parseInt(stored.substring(0, newline));
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (status != 200) {
            return parser.failedFetch(status);
        }
        return parser.parseContent(url.toString(), stored.substring(newline + 1).getBytes(StandardCharsets.UTF_8), "text/plain", List.of(agent));
    }
}
