-- One row per (event, channel, recipient): its key is unique, so a redelivered event, a second
-- instance or a restart can never make a second delivery. A row is claimed for a lease by moving
-- next_attempt_at past it; a sender that dies leaves it to be claimed again when the lease ends.
CREATE TABLE notification_delivery (
    id              text        PRIMARY KEY,
    delivery_key    text        NOT NULL UNIQUE,
    event_id        text        NOT NULL,
    kind            text        NOT NULL,
    channel         text        NOT NULL,
    user_id         text        NOT NULL,
    topic           text,
    payload         text        NOT NULL,
    status          text        NOT NULL,
    attempts        integer     NOT NULL,
    next_attempt_at text NOT NULL,
    last_error      text,
    created_at      text NOT NULL,
    updated_at      text NOT NULL,
    sent_at         text
);
CREATE INDEX notification_delivery_due ON notification_delivery (status, next_attempt_at);
CREATE INDEX notification_delivery_sent ON notification_delivery (user_id, kind, topic, sent_at);

-- What a person turned off: one row per (person, channel, kind) they chose; no row means the default.
CREATE TABLE notification_preference (
    user_id    text        NOT NULL,
    channel    text        NOT NULL,
    kind       text        NOT NULL,
    enabled    integer     NOT NULL,
    updated_at text NOT NULL,
    PRIMARY KEY (user_id, channel, kind)
);

-- Keys development makes for itself on first start (production is given them): one per name.
CREATE TABLE notification_dev_secret (
    name       text        PRIMARY KEY,
    value      text        NOT NULL,
    created_at text NOT NULL
);
