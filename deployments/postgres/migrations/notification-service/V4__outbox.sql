-- Events notification-service publishes (its admin actions for the audit trail, auth-api's
-- AdminActionTaken), written in the transaction of their change and relayed to Redis streams.
CREATE TABLE notification_outbox (
    id          uuid        PRIMARY KEY,
    stream      text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX notification_outbox_created ON notification_outbox (created_at, id);
