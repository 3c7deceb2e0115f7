-- Scraped prices held back at ingest because they lie far outside the listing's recent prices (or
-- are in another currency than the retailer's): not the offer, no alert, no event, until a later
-- consistent scrape or an admin confirms them. Decided rows stay as the record of what was held.
CREATE TABLE catalog_price_quarantine (
    id                uuid        PRIMARY KEY,
    listing_id        uuid        NOT NULL REFERENCES catalog_listing (id),
    job_id            text        NOT NULL,
    observed_at       timestamptz NOT NULL,
    price_minor       bigint      NOT NULL,
    list_price_minor  bigint,
    currency          text        NOT NULL,
    availability      text        NOT NULL,
    reason            text        NOT NULL,
    reference_minor   bigint,
    status            text        NOT NULL,
    decided_via       text,
    decided_at        timestamptz,
    created_at        timestamptz NOT NULL
);
CREATE INDEX catalog_price_quarantine_pending ON catalog_price_quarantine (listing_id, observed_at) WHERE status = 'PENDING';
CREATE INDEX catalog_price_quarantine_status ON catalog_price_quarantine (status, created_at, id);
