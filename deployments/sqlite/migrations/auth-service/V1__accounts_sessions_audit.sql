-- Accounts. Email and display name are encrypted at rest (AES-GCM, key id per row);
-- email_index is a keyed HMAC of the normalised email, the only way to find a user by email.
CREATE TABLE auth_user (
    id                   TEXT        PRIMARY KEY,
    email_index          TEXT        NOT NULL UNIQUE,
    email_cipher         TEXT        NOT NULL,
    display_name_cipher  TEXT        NOT NULL,
    pii_key_id           TEXT        NOT NULL,
    email_verified       INTEGER     NOT NULL,
    password_hash        TEXT,
    tier                 TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX auth_user_tier ON auth_user (tier, created_at, id);
CREATE INDEX auth_user_created ON auth_user (created_at, id);
CREATE INDEX auth_user_pii_key ON auth_user (pii_key_id);

-- Social login identities linked to an account.
CREATE TABLE auth_identity (
    provider    TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    user_id     TEXT        NOT NULL REFERENCES auth_user (id),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX auth_identity_user ON auth_identity (user_id);

-- A session is one refresh-token family: every rotation stays in it, reuse revokes it.
CREATE TABLE auth_session (
    id              TEXT        PRIMARY KEY,
    user_id         TEXT        NOT NULL REFERENCES auth_user (id),
    device          TEXT,
    ip              TEXT,
    created_at      TEXT NOT NULL,
    last_used_at    TEXT NOT NULL,
    revoked_at      TEXT,
    revoked_reason  TEXT
);
CREATE INDEX auth_session_user ON auth_session (user_id, created_at);

-- Opaque refresh tokens, stored as SHA-256; used_at is set once, when the token is rotated.
CREATE TABLE auth_refresh_token (
    token_hash  TEXT        PRIMARY KEY,
    session_id  TEXT        NOT NULL REFERENCES auth_session (id),
    issued_at   TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);
CREATE INDEX auth_refresh_token_session ON auth_refresh_token (session_id);

-- Key material made on first start in development only (production takes keys from the environment).
CREATE TABLE auth_dev_secret (
    name        TEXT        PRIMARY KEY,
    value       TEXT        NOT NULL,
    created_at  TEXT NOT NULL
);

-- Who did what, when, from where. subject_id survives erasure as a pseudonymous id.
CREATE TABLE auth_audit (
    id           TEXT        PRIMARY KEY,
    occurred_at  TEXT NOT NULL,
    action       TEXT        NOT NULL,
    outcome      TEXT        NOT NULL,
    actor_id     TEXT,
    subject_id   TEXT,
    ip           TEXT,
    detail       TEXT
);
CREATE INDEX auth_audit_time ON auth_audit (occurred_at DESC, id DESC);
CREATE INDEX auth_audit_subject ON auth_audit (subject_id, occurred_at DESC);
