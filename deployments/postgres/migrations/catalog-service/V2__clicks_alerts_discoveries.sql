-- Affiliate clicks: recorded after the redirect has been answered.
CREATE TABLE catalog_click (
    id          uuid        PRIMARY KEY,
    listing_id  uuid        NOT NULL REFERENCES catalog_listing (id),
    retailer_id uuid        NOT NULL REFERENCES catalog_retailer (id),
    user_id     uuid,
    referrer    text,
    clicked_at  timestamptz NOT NULL
);
CREATE INDEX catalog_click_time ON catalog_click (clicked_at, retailer_id);

-- Price alerts: a target price for a variant; armed while the best price is above the target,
-- fired (once) when it crosses below, armed again when it rises back above.
CREATE TABLE catalog_alert (
    id                  uuid        PRIMARY KEY,
    user_id             uuid        NOT NULL,
    variant_id          uuid        NOT NULL REFERENCES catalog_variant (id),
    target_price_minor  bigint      NOT NULL,
    currency            text        NOT NULL,
    armed               boolean     NOT NULL,
    created_at          timestamptz NOT NULL,
    last_fired_at       timestamptz
);
CREATE INDEX catalog_alert_user ON catalog_alert (user_id, created_at);
CREATE INDEX catalog_alert_variant ON catalog_alert (variant_id, currency, target_price_minor);

-- How many alerts each user has, raised with a conditional update so the tier limit holds under concurrency.
CREATE TABLE catalog_alert_quota (
    user_id  uuid    PRIMARY KEY,
    alerts   integer NOT NULL
);

CREATE TABLE catalog_alert_event (
    id           uuid        PRIMARY KEY,
    alert_id     uuid        NOT NULL REFERENCES catalog_alert (id) ON DELETE CASCADE,
    listing_id   uuid        NOT NULL,
    price_minor  bigint      NOT NULL,
    currency     text        NOT NULL,
    fired_at     timestamptz NOT NULL
);
CREATE INDEX catalog_alert_event_alert ON catalog_alert_event (alert_id, fired_at);

-- Product pages users ask us to track, waiting for an admin.
CREATE TABLE catalog_discovery (
    id              uuid        PRIMARY KEY,
    url             text        NOT NULL,
    normalized_url  text        NOT NULL,
    domain          text        NOT NULL,
    retailer_id     uuid        REFERENCES catalog_retailer (id),
    submitted_by    uuid        NOT NULL,
    note            text,
    status          text        NOT NULL,
    listing_id      uuid        REFERENCES catalog_listing (id),
    decided_by      uuid,
    decided_at      timestamptz,
    created_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX catalog_discovery_open_url ON catalog_discovery (normalized_url) WHERE status <> 'REJECTED';
CREATE INDEX catalog_discovery_status ON catalog_discovery (status, created_at, id);
