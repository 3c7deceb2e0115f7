-- Lab tests per product or variant: what a lab found per serving against the label's figure at the
-- time, with the lab, its report, the date and the batch. Best value by lab-tested protein uses a
-- variant's own test, else its product's, else its brand's (catalog_brand.lab_*); sample marks
-- figures that are examples, not a real lab's (the demo catalog's).
CREATE UNIQUE INDEX catalog_variant_id_product ON catalog_variant (id, product_id);
CREATE TABLE catalog_lab_test (
    id                             TEXT        PRIMARY KEY,
    product_id                     TEXT        NOT NULL REFERENCES catalog_product (id),
    variant_id                     TEXT,
    tested_protein_per_serving_mg  INTEGER     NOT NULL,
    claimed_protein_per_serving_mg INTEGER     NOT NULL,
    lab_name                       TEXT        NOT NULL,
    report_url                     TEXT,
    tested_on                      TEXT        NOT NULL,
    batch                          TEXT,
    sample                         INTEGER     NOT NULL,
    version                        INTEGER     NOT NULL,
    created_at                     TEXT        NOT NULL,
    updated_at                     TEXT        NOT NULL,
    -- a variant's test names the variant's own product
    FOREIGN KEY (variant_id, product_id) REFERENCES catalog_variant (id, product_id)
);
CREATE INDEX catalog_lab_test_product ON catalog_lab_test (product_id);
CREATE INDEX catalog_lab_test_variant ON catalog_lab_test (variant_id);

ALTER TABLE catalog_brand ADD COLUMN lab_sample INTEGER NOT NULL DEFAULT 0;

-- Derived, like the best offers: per variant, the lab test that applies to it and where it comes
-- from (VARIANT, PRODUCT or BRAND); kept by catalog-service with every change that can move it,
-- and recreated by the read-model rebuild. Variants without any test have no row.
CREATE TABLE catalog_variant_lab (
    variant_id                     TEXT    PRIMARY KEY,
    product_id                     TEXT    NOT NULL,
    scope                          TEXT    NOT NULL,
    lab_test_id                    TEXT,
    tested_protein_per_serving_mg  INTEGER NOT NULL,
    claimed_protein_per_serving_mg INTEGER NOT NULL,
    lab_name                       TEXT,
    report_url                     TEXT,
    tested_on                      TEXT,
    batch                          TEXT,
    sample                         INTEGER NOT NULL
);
CREATE INDEX catalog_variant_lab_product ON catalog_variant_lab (product_id);

-- catalog-service rebuilds its read models from the catalog at start when the best offers are empty.
DELETE FROM catalog_best_offer;
ALTER TABLE catalog_best_offer ADD COLUMN lab_scope TEXT;
