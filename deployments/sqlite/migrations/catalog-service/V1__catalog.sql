-- The catalog: Brand -> Category -> Product -> Variant; retailers; listings (a variant sold at a
-- retailer, with its current offer); append-only price history; idempotent scrape ingest.
-- Quantities are integers: grams of pack, milligrams of protein, money in minor units.

CREATE TABLE catalog_brand (
    id                          TEXT        PRIMARY KEY,
    slug                        TEXT        NOT NULL UNIQUE,
    name                        TEXT        NOT NULL,
    country                     TEXT,
    website                     TEXT,
    lab_tested_protein_mg       INTEGER,
    lab_claimed_protein_mg      INTEGER,
    lab_name                    TEXT,
    lab_report_url              TEXT,
    lab_tested_on               TEXT,
    version                     INTEGER      NOT NULL,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL
);

CREATE TABLE catalog_category (
    id          TEXT        PRIMARY KEY,
    slug        TEXT        NOT NULL UNIQUE,
    name        TEXT        NOT NULL,
    version     INTEGER      NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE catalog_product (
    id            TEXT        PRIMARY KEY,
    slug          TEXT        NOT NULL UNIQUE,
    brand_id      TEXT        NOT NULL REFERENCES catalog_brand (id),
    category_id   TEXT        NOT NULL REFERENCES catalog_category (id),
    name          TEXT        NOT NULL,
    protein_type  TEXT        NOT NULL,
    description   TEXT,
    image_url     TEXT,
    version       INTEGER      NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX catalog_product_brand ON catalog_product (brand_id);
CREATE INDEX catalog_product_category ON catalog_product (category_id);
CREATE INDEX catalog_product_name ON catalog_product (name, id);

CREATE TABLE catalog_variant (
    id                      TEXT        PRIMARY KEY,
    product_id              TEXT        NOT NULL REFERENCES catalog_product (id),
    flavour                 TEXT        NOT NULL,
    pack_size_g             INTEGER     NOT NULL,
    servings_per_pack       INTEGER     NOT NULL,
    protein_per_serving_mg  INTEGER     NOT NULL,
    gtin                    TEXT,
    sku                     TEXT,
    version                 INTEGER      NOT NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    UNIQUE (product_id, flavour, pack_size_g)
);
CREATE INDEX catalog_variant_gtin ON catalog_variant (gtin);

CREATE TABLE catalog_retailer (
    id                       TEXT        PRIMARY KEY,
    slug                     TEXT        NOT NULL UNIQUE,
    name                     TEXT        NOT NULL,
    base_url                 TEXT        NOT NULL,
    domain                   TEXT        NOT NULL UNIQUE,
    country                  TEXT        NOT NULL,
    currency                 TEXT        NOT NULL,
    active                   INTEGER     NOT NULL,
    price_selector           TEXT,
    list_price_selector      TEXT,
    availability_selector    TEXT,
    scrape_interval_hours    INTEGER,
    max_requests_per_minute  INTEGER     NOT NULL,
    request_headers          TEXT,
    affiliate_template       TEXT,
    version                  INTEGER      NOT NULL,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

-- A variant at a retailer, with its current offer and scrape state.
CREATE TABLE catalog_listing (
    id                  TEXT        PRIMARY KEY,
    variant_id          TEXT        NOT NULL REFERENCES catalog_variant (id),
    retailer_id         TEXT        NOT NULL REFERENCES catalog_retailer (id),
    url                 TEXT        NOT NULL,
    retailer_sku        TEXT,
    active              INTEGER     NOT NULL,
    price_minor         INTEGER,
    list_price_minor    INTEGER,
    currency            TEXT,
    availability        TEXT        NOT NULL,
    observed_at         TEXT,
    last_scrape_at      TEXT,
    last_scrape_status  TEXT,
    last_scrape_error   TEXT,
    next_scrape_at      TEXT NOT NULL,
    version             INTEGER      NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (retailer_id, url)
);
CREATE INDEX catalog_listing_variant ON catalog_listing (variant_id);
CREATE INDEX catalog_listing_due ON catalog_listing (next_scrape_at, id) WHERE active = TRUE;

-- Every observed price, appended once per scrape result.
CREATE TABLE catalog_price_observation (
    listing_id        TEXT        NOT NULL REFERENCES catalog_listing (id),
    observed_at       TEXT NOT NULL,
    price_minor       INTEGER      NOT NULL,
    list_price_minor  INTEGER,
    currency          TEXT        NOT NULL,
    availability      TEXT        NOT NULL,
    job_id            TEXT        NOT NULL,
    PRIMARY KEY (listing_id, observed_at)
);

-- Scrape jobs already ingested: a replayed result (same job id) changes nothing.
CREATE TABLE catalog_ingested_job (
    job_id       TEXT        PRIMARY KEY,
    listing_id   TEXT        NOT NULL,
    outcome      TEXT        NOT NULL,
    ingested_at  TEXT NOT NULL
);

-- Events written in the same transaction as the change they announce, then relayed to Redis
-- streams and deleted: an accepted change never loses its event.
CREATE TABLE catalog_outbox (
    id          TEXT        PRIMARY KEY,
    stream      TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    created_at  TEXT        NOT NULL
);
CREATE INDEX catalog_outbox_created ON catalog_outbox (created_at, id);
