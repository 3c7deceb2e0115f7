-- Accounts. Email and display name are encrypted at rest (AES-GCM, key id per row);
-- email_index is a keyed HMAC of the normalised email, the only way to find a user by email.
CREATE TABLE auth_user (
    id                   uuid        PRIMARY KEY,
    email_index          text        NOT NULL UNIQUE,
    email_cipher         text        NOT NULL,
    display_name_cipher  text        NOT NULL,
    pii_key_id           text        NOT NULL,
    email_verified       boolean     NOT NULL,
    password_hash        text,
    tier                 text        NOT NULL,
    status               text        NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
CREATE INDEX auth_user_tier ON auth_user (tier, created_at, id);
CREATE INDEX auth_user_created ON auth_user (created_at, id);
CREATE INDEX auth_user_pii_key ON auth_user (pii_key_id);

-- Social login identities linked to an account.
CREATE TABLE auth_identity (
    provider    text        NOT NULL,
    subject     text        NOT NULL,
    user_id     uuid        NOT NULL REFERENCES auth_user (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX auth_identity_user ON auth_identity (user_id);

-- A session is one refresh-token family: every rotation stays in it, reuse revokes it.
CREATE TABLE auth_session (
    id              uuid        PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES auth_user (id),
    device          text,
    ip              text,
    created_at      timestamptz NOT NULL,
    last_used_at    timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  text
);
CREATE INDEX auth_session_user ON auth_session (user_id, created_at);

-- Opaque refresh tokens, stored as SHA-256; used_at is set once, when the token is rotated.
CREATE TABLE auth_refresh_token (
    token_hash  text        PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES auth_session (id),
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX auth_refresh_token_session ON auth_refresh_token (session_id);

-- Key material made on first start in development only (production takes keys from the environment).
CREATE TABLE auth_dev_secret (
    name        text        PRIMARY KEY,
    value       text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Who did what, when, from where. subject_id survives erasure as a pseudonymous id.
CREATE TABLE auth_audit (
    id           uuid        PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    action       text        NOT NULL,
    outcome      text        NOT NULL,
    actor_id     text,
    subject_id   uuid,
    ip           text,
    detail       text
);
CREATE INDEX auth_audit_time ON auth_audit (occurred_at DESC, id DESC);
CREATE INDEX auth_audit_subject ON auth_audit (subject_id, occurred_at DESC);
