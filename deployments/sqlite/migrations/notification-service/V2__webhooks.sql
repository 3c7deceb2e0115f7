-- A person's webhooks. The signing secret is not stored: it is derived from NOTIFY_WEBHOOK_KEY and
-- the webhook's id whenever a delivery is signed (ADR 0011). consecutive_failures counts failed
-- attempts since the last success; past NOTIFY_WEBHOOK_MAX_FAILURES the webhook is turned off.
CREATE TABLE notification_webhook (
    id                   TEXT        PRIMARY KEY,
    user_id              TEXT        NOT NULL,
    url                  TEXT        NOT NULL,
    enabled              INTEGER     NOT NULL,
    consecutive_failures INTEGER     NOT NULL,
    created_at           TEXT        NOT NULL,
    disabled_at          TEXT,
    disabled_reason      TEXT
);
CREATE INDEX notification_webhook_user ON notification_webhook (user_id, created_at);

-- The webhook a WEBHOOK delivery goes to (one delivery per event and webhook).
ALTER TABLE notification_delivery ADD COLUMN endpoint_id TEXT;
