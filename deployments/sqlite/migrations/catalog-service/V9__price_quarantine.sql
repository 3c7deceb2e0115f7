-- Scraped prices held back at ingest because they lie far outside the listing's recent prices (or
-- are in another currency than the retailer's): not the offer, no alert, no event, until a later
-- consistent scrape or an admin confirms them. Decided rows stay as the record of what was held.
CREATE TABLE catalog_price_quarantine (
    id                TEXT        PRIMARY KEY,
    listing_id        TEXT        NOT NULL REFERENCES catalog_listing (id),
    job_id            TEXT        NOT NULL,
    observed_at       TEXT        NOT NULL,
    price_minor       INTEGER     NOT NULL,
    list_price_minor  INTEGER,
    currency          TEXT        NOT NULL,
    availability      TEXT        NOT NULL,
    reason            TEXT        NOT NULL,
    reference_minor   INTEGER,
    status            TEXT        NOT NULL,
    decided_via       TEXT,
    decided_at        TEXT,
    created_at        TEXT        NOT NULL
);
CREATE INDEX catalog_price_quarantine_pending ON catalog_price_quarantine (listing_id, observed_at) WHERE status = 'PENDING';
CREATE INDEX catalog_price_quarantine_status ON catalog_price_quarantine (status, created_at, id);
