-- Events auth-service publishes (auth-api's AuthEvent), written in the transaction of their change
-- and relayed to Redis streams, as catalog-service does.
CREATE TABLE auth_outbox (
    id          TEXT        PRIMARY KEY,
    stream      TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    created_at  TEXT        NOT NULL
);
CREATE INDEX auth_outbox_created ON auth_outbox (created_at, id);

-- Messages about an account that notification-service sends (ADR 0010). recipient_cipher holds an
-- address other than the account's own (a new address to confirm, the old one told of a change),
-- sealed like the account's. token_hash is the SHA-256 of the link's token, minted each time
-- notification-service takes the message to send it; the token itself is never stored. used_at is
-- set once, when the link is used (or another link of the same kind is). session_id is the session
-- that asked for an address change: the change ends every session but that one.
CREATE TABLE auth_account_mail (
    id                TEXT        PRIMARY KEY,
    user_id           TEXT        NOT NULL REFERENCES auth_user (id),
    kind              TEXT        NOT NULL,
    recipient_cipher  TEXT,
    pii_key_id        TEXT,
    device            TEXT,
    session_id        TEXT,
    ip                TEXT,
    token_hash        TEXT        UNIQUE,
    created_at        TEXT        NOT NULL,
    expires_at        TEXT,
    used_at           TEXT
);
CREATE INDEX auth_account_mail_user ON auth_account_mail (user_id, kind, created_at);
