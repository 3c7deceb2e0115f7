-- Affiliate clicks older than RETENTION_CLICKS, counted per UTC day, retailer and source; the rows
-- themselves are then deleted. The click report reads both.
CREATE TABLE catalog_click_daily (
    day          text        NOT NULL,
    retailer_id  uuid        NOT NULL REFERENCES catalog_retailer (id),
    source       text        NOT NULL,
    clicks       bigint      NOT NULL,
    PRIMARY KEY (day, retailer_id, source)
);
