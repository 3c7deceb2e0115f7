package com.wheyprice.catalog.privacy;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.wheyprice.catalog.click.ClickRetention;
import com.wheyprice.common.retention.RetentionConfig;
import com.wheyprice.common.retention.RetentionRule;

/**
 * What catalog-service forgets with age (README's retention table), as rules for
 * {@link com.wheyprice.common.retention.Retention}: affiliate clicks become daily counts, raw
 * price observations go once the daily roll-up, which history reads, is all that is needed, and
 * decided held-back prices (confirmed or rejected) go as old as raw observations would.
 */
public class CatalogRetention {

    @Produces
    @Singleton
    RetentionRule clicks(RetentionConfig config) {
        return new ClickRetention(config.clicks());
    }

    @Produces
    @Singleton
    RetentionRule observations(RetentionConfig config) {
        return RetentionRule.deleting("observations", "catalog_price_observation", "(listing_id, observed_at)", "observed_at < $1",
                config.observations());
    }

    @Produces
    @Singleton
    RetentionRule quarantine(RetentionConfig config) {
        return RetentionRule.deleting("quarantine", "catalog_price_quarantine", "id", "status <> 'PENDING' AND decided_at < $1",
                config.observations());
    }
}
