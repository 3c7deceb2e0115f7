-- Erasure (GDPR): a person's alerts are deleted, their discoveries and clicks detached from them.
-- One row per erased person, written in the transaction that erased their data: the receipt
-- admins read, and what makes a repeated erasure event a no-op.
CREATE TABLE catalog_erasure (
    subject    uuid        PRIMARY KEY,
    erased_at  timestamptz NOT NULL
);
-- A discovery outlives its erased submitter, detached.
ALTER TABLE catalog_discovery ALTER COLUMN submitted_by DROP NOT NULL;
-- Finding a person's rows without scanning every click.
CREATE INDEX catalog_click_user ON catalog_click (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX catalog_discovery_submitter ON catalog_discovery (submitted_by) WHERE submitted_by IS NOT NULL;
