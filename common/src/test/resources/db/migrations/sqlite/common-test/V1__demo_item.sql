CREATE TABLE demo_item (
    id           TEXT    PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    price_minor  INTEGER NOT NULL,
    currency     TEXT    NOT NULL,
    in_stock     INTEGER NOT NULL,
    observed_at  TEXT    NOT NULL,
    attributes   TEXT
);
