-- Erasure (GDPR): a person's alerts are deleted, their discoveries and clicks detached from them.
-- One row per erased person, written in the transaction that erased their data: the receipt
-- admins read, and what makes a repeated erasure event a no-op.
CREATE TABLE catalog_erasure (
    subject    TEXT PRIMARY KEY,
    erased_at  TEXT NOT NULL
);
-- A discovery outlives its erased submitter, detached: SQLite changes a column's NOT NULL only by
-- copying the table.
CREATE TABLE catalog_discovery_detachable (
    id              TEXT        PRIMARY KEY,
    url             TEXT        NOT NULL,
    normalized_url  TEXT        NOT NULL,
    domain          TEXT        NOT NULL,
    retailer_id     TEXT        REFERENCES catalog_retailer (id),
    submitted_by    TEXT,
    note            TEXT,
    status          TEXT        NOT NULL,
    listing_id      TEXT        REFERENCES catalog_listing (id),
    decided_by      TEXT,
    decided_at      TEXT,
    created_at      TEXT NOT NULL
);
INSERT INTO catalog_discovery_detachable (id, url, normalized_url, domain, retailer_id, submitted_by, note, status, listing_id, decided_by,
                                          decided_at, created_at)
SELECT id, url, normalized_url, domain, retailer_id, submitted_by, note, status, listing_id, decided_by, decided_at, created_at
  FROM catalog_discovery;
DROP TABLE catalog_discovery;
ALTER TABLE catalog_discovery_detachable RENAME TO catalog_discovery;
CREATE UNIQUE INDEX catalog_discovery_open_url ON catalog_discovery (normalized_url) WHERE status <> 'REJECTED';
CREATE INDEX catalog_discovery_status ON catalog_discovery (status, created_at, id);
-- Finding a person's rows without scanning every click.
CREATE INDEX catalog_click_user ON catalog_click (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX catalog_discovery_submitter ON catalog_discovery (submitted_by) WHERE submitted_by IS NOT NULL;
