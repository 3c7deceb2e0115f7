-- The outbox every service has, for the test application's Outbox and OutboxRelay.
CREATE TABLE common_test_outbox (
    id          uuid PRIMARY KEY,
    stream      text NOT NULL,
    payload     text NOT NULL,
    created_at  timestamptz NOT NULL
);
