-- Affiliate clicks older than RETENTION_CLICKS, counted per UTC day, retailer and source; the rows
-- themselves are then deleted. The click report reads both.
CREATE TABLE catalog_click_daily (
    day          TEXT        NOT NULL,
    retailer_id  TEXT        NOT NULL REFERENCES catalog_retailer (id),
    source       TEXT        NOT NULL,
    clicks       INTEGER     NOT NULL,
    PRIMARY KEY (day, retailer_id, source)
);
