-- The catalog: Brand -> Category -> Product -> Variant; retailers; listings (a variant sold at a
-- retailer, with its current offer); append-only price history; idempotent scrape ingest.
-- Quantities are integers: grams of pack, milligrams of protein, money in minor units.

CREATE TABLE catalog_brand (
    id                          uuid        PRIMARY KEY,
    slug                        text        NOT NULL UNIQUE,
    name                        text        NOT NULL,
    country                     text,
    website                     text,
    lab_tested_protein_mg       integer,
    lab_claimed_protein_mg      integer,
    lab_name                    text,
    lab_report_url              text,
    lab_tested_on               text,
    version                     bigint      NOT NULL,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL
);

CREATE TABLE catalog_category (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE catalog_product (
    id            uuid        PRIMARY KEY,
    slug          text        NOT NULL UNIQUE,
    brand_id      uuid        NOT NULL REFERENCES catalog_brand (id),
    category_id   uuid        NOT NULL REFERENCES catalog_category (id),
    name          text        NOT NULL,
    protein_type  text        NOT NULL,
    description   text,
    image_url     text,
    version       bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX catalog_product_brand ON catalog_product (brand_id);
CREATE INDEX catalog_product_category ON catalog_product (category_id);
CREATE INDEX catalog_product_name ON catalog_product (name, id);

CREATE TABLE catalog_variant (
    id                      uuid        PRIMARY KEY,
    product_id              uuid        NOT NULL REFERENCES catalog_product (id),
    flavour                 text        NOT NULL,
    pack_size_g             integer     NOT NULL,
    servings_per_pack       integer     NOT NULL,
    protein_per_serving_mg  integer     NOT NULL,
    gtin                    text,
    sku                     text,
    version                 bigint      NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    UNIQUE (product_id, flavour, pack_size_g)
);
CREATE INDEX catalog_variant_gtin ON catalog_variant (gtin);

CREATE TABLE catalog_retailer (
    id                       uuid        PRIMARY KEY,
    slug                     text        NOT NULL UNIQUE,
    name                     text        NOT NULL,
    base_url                 text        NOT NULL,
    domain                   text        NOT NULL UNIQUE,
    country                  text        NOT NULL,
    currency                 text        NOT NULL,
    active                   boolean     NOT NULL,
    price_selector           text,
    list_price_selector      text,
    availability_selector    text,
    scrape_interval_hours    integer,
    max_requests_per_minute  integer     NOT NULL,
    request_headers          text,
    affiliate_template       text,
    version                  bigint      NOT NULL,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL
);

-- A variant at a retailer, with its current offer and scrape state.
CREATE TABLE catalog_listing (
    id                  uuid        PRIMARY KEY,
    variant_id          uuid        NOT NULL REFERENCES catalog_variant (id),
    retailer_id         uuid        NOT NULL REFERENCES catalog_retailer (id),
    url                 text        NOT NULL,
    retailer_sku        text,
    active              boolean     NOT NULL,
    price_minor         bigint,
    list_price_minor    bigint,
    currency            text,
    availability        text        NOT NULL,
    observed_at         timestamptz,
    last_scrape_at      timestamptz,
    last_scrape_status  text,
    last_scrape_error   text,
    next_scrape_at      timestamptz NOT NULL,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (retailer_id, url)
);
CREATE INDEX catalog_listing_variant ON catalog_listing (variant_id);
CREATE INDEX catalog_listing_due ON catalog_listing (next_scrape_at, id) WHERE active = TRUE;

-- Every observed price, appended once per scrape result.
CREATE TABLE catalog_price_observation (
    listing_id        uuid        NOT NULL REFERENCES catalog_listing (id),
    observed_at       timestamptz NOT NULL,
    price_minor       bigint      NOT NULL,
    list_price_minor  bigint,
    currency          text        NOT NULL,
    availability      text        NOT NULL,
    job_id            text        NOT NULL,
    PRIMARY KEY (listing_id, observed_at)
);

-- Scrape jobs already ingested: a replayed result (same job id) changes nothing.
CREATE TABLE catalog_ingested_job (
    job_id       text        PRIMARY KEY,
    listing_id   uuid        NOT NULL,
    outcome      text        NOT NULL,
    ingested_at  timestamptz NOT NULL
);

-- Events written in the same transaction as the change they announce, then relayed to Redis
-- streams and deleted: an accepted change never loses its event.
CREATE TABLE catalog_outbox (
    id          uuid        PRIMARY KEY,
    stream      text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX catalog_outbox_created ON catalog_outbox (created_at, id);
