-- Events notification-service publishes (its admin actions for the audit trail, auth-api's
-- AdminActionTaken), written in the transaction of their change and relayed to Redis streams.
CREATE TABLE notification_outbox (
    id          TEXT        PRIMARY KEY,
    stream      TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    created_at  TEXT        NOT NULL
);
CREATE INDEX notification_outbox_created ON notification_outbox (created_at, id);
