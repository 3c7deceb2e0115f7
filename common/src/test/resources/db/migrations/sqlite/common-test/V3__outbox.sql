-- The outbox every service has, for the test application's Outbox and OutboxRelay.
CREATE TABLE common_test_outbox (
    id          TEXT PRIMARY KEY,
    stream      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
