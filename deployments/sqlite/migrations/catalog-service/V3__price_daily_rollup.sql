-- One row per listing, UTC day and currency: what a daily price chart needs, kept up to date at
-- ingest, so a year of history is ~365 narrow rows per listing read by primary key.
CREATE TABLE catalog_price_daily (
    listing_id   TEXT        NOT NULL REFERENCES catalog_listing (id),
    day          TEXT        NOT NULL,
    currency     TEXT        NOT NULL,
    low          INTEGER     NOT NULL,
    high         INTEGER     NOT NULL,
    total        INTEGER     NOT NULL,
    n            INTEGER     NOT NULL,
    last_price   INTEGER     NOT NULL,
    last_at      TEXT        NOT NULL,
    PRIMARY KEY (listing_id, day, currency)
);

INSERT INTO catalog_price_daily (listing_id, day, currency, low, high, total, n, last_price, last_at)
SELECT listing_id, day, currency, MIN(price_minor), MAX(price_minor), SUM(price_minor), COUNT(*),
       MAX(CASE WHEN rn = 1 THEN price_minor END), MAX(observed_at)
  FROM (SELECT listing_id, substr(observed_at, 1, 10) AS day, currency, price_minor, observed_at,
               ROW_NUMBER() OVER (PARTITION BY listing_id, substr(observed_at, 1, 10), currency ORDER BY observed_at DESC) AS rn
          FROM catalog_price_observation) o
 GROUP BY listing_id, day, currency;
