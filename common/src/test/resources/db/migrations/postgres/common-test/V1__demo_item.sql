CREATE TABLE demo_item (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL UNIQUE,
    price_minor  bigint      NOT NULL,
    currency     char(3)     NOT NULL,
    in_stock     boolean     NOT NULL,
    observed_at  timestamptz NOT NULL,
    attributes   jsonb
);
