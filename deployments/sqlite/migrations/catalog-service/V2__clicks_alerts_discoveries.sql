-- Affiliate clicks: recorded after the redirect has been answered.
CREATE TABLE catalog_click (
    id          TEXT        PRIMARY KEY,
    listing_id  TEXT        NOT NULL REFERENCES catalog_listing (id),
    retailer_id TEXT        NOT NULL REFERENCES catalog_retailer (id),
    user_id     TEXT,
    referrer    TEXT,
    clicked_at  TEXT NOT NULL
);
CREATE INDEX catalog_click_time ON catalog_click (clicked_at, retailer_id);

-- Price alerts: a target price for a variant; armed while the best price is above the target,
-- fired (once) when it crosses below, armed again when it rises back above.
CREATE TABLE catalog_alert (
    id                  TEXT        PRIMARY KEY,
    user_id             TEXT        NOT NULL,
    variant_id          TEXT        NOT NULL REFERENCES catalog_variant (id),
    target_price_minor  INTEGER      NOT NULL,
    currency            TEXT        NOT NULL,
    armed               INTEGER     NOT NULL,
    created_at          TEXT NOT NULL,
    last_fired_at       TEXT
);
CREATE INDEX catalog_alert_user ON catalog_alert (user_id, created_at);
CREATE INDEX catalog_alert_variant ON catalog_alert (variant_id, currency, target_price_minor);

-- How many alerts each user has, raised with a conditional update so the tier limit holds under concurrency.
CREATE TABLE catalog_alert_quota (
    user_id  TEXT    PRIMARY KEY,
    alerts   INTEGER NOT NULL
);

CREATE TABLE catalog_alert_event (
    id           TEXT        PRIMARY KEY,
    alert_id     TEXT        NOT NULL REFERENCES catalog_alert (id) ON DELETE CASCADE,
    listing_id   TEXT        NOT NULL,
    price_minor  INTEGER      NOT NULL,
    currency     TEXT        NOT NULL,
    fired_at     TEXT NOT NULL
);
CREATE INDEX catalog_alert_event_alert ON catalog_alert_event (alert_id, fired_at);

-- Product pages users ask us to track, waiting for an admin.
CREATE TABLE catalog_discovery (
    id              TEXT        PRIMARY KEY,
    url             TEXT        NOT NULL,
    normalized_url  TEXT        NOT NULL,
    domain          TEXT        NOT NULL,
    retailer_id     TEXT        REFERENCES catalog_retailer (id),
    submitted_by    TEXT        NOT NULL,
    note            TEXT,
    status          TEXT        NOT NULL,
    listing_id      TEXT        REFERENCES catalog_listing (id),
    decided_by      TEXT,
    decided_at      TEXT,
    created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX catalog_discovery_open_url ON catalog_discovery (normalized_url) WHERE status <> 'REJECTED';
CREATE INDEX catalog_discovery_status ON catalog_discovery (status, created_at, id);
