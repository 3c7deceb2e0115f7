-- Events scraper-service publishes (its admin actions for the audit trail, auth-api's AdminActionTaken),
-- written in the transaction of their change and relayed to Redis streams, as the other services do.
CREATE TABLE scraper_outbox (
    id          uuid        PRIMARY KEY,
    stream      text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX scraper_outbox_created ON scraper_outbox (created_at, id);
