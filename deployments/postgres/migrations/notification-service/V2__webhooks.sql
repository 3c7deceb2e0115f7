-- A person's webhooks. The signing secret is not stored: it is derived from NOTIFY_WEBHOOK_KEY and
-- the webhook's id whenever a delivery is signed (ADR 0011). consecutive_failures counts failed
-- attempts since the last success; past NOTIFY_WEBHOOK_MAX_FAILURES the webhook is turned off.
CREATE TABLE notification_webhook (
    id                   uuid        PRIMARY KEY,
    user_id              uuid        NOT NULL,
    url                  text        NOT NULL,
    enabled              boolean     NOT NULL,
    consecutive_failures integer     NOT NULL,
    created_at           timestamptz NOT NULL,
    disabled_at          timestamptz,
    disabled_reason      text
);
CREATE INDEX notification_webhook_user ON notification_webhook (user_id, created_at);

-- The webhook a WEBHOOK delivery goes to (one delivery per event and webhook).
ALTER TABLE notification_delivery ADD COLUMN endpoint_id uuid;
