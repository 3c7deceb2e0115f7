-- Events api-service publishes (its admin actions for the audit trail, auth-api's AdminActionTaken),
-- written in the transaction of their change and relayed to Redis streams, as the other services do.
CREATE TABLE api_outbox (
    id          uuid        PRIMARY KEY,
    stream      text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX api_outbox_created ON api_outbox (created_at, id);
