-- Erasure (GDPR): one row per erased person, written in the transaction that deleted their
-- preferences, webhooks and deliveries: the receipt admins read, and what keeps a delivery for
-- them from being recorded afterwards.
CREATE TABLE notification_erasure (
    subject    TEXT        PRIMARY KEY,
    erased_at  TEXT        NOT NULL
);
