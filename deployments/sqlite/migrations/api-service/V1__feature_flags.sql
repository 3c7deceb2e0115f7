-- Feature flags: api-service writes them and publishes each to Redis, where every service reads them.
CREATE TABLE api_feature_flag (
    name             text        PRIMARY KEY,
    enabled          INTEGER     NOT NULL,
    rollout_percent  integer     NOT NULL CHECK (rollout_percent BETWEEN 0 AND 100),
    description      text        NOT NULL,
    updated_by       TEXT,
    updated_at       TEXT NOT NULL,
    version          INTEGER     NOT NULL
);

-- Every change, who made it and what it was before: the flags' audit trail.
CREATE TABLE api_feature_flag_change (
    id                        TEXT        PRIMARY KEY,
    name                      text        NOT NULL,
    enabled                   INTEGER     NOT NULL,
    rollout_percent           integer     NOT NULL,
    previous_enabled          INTEGER,
    previous_rollout_percent  integer,
    changed_by                TEXT,
    changed_at                TEXT NOT NULL
);
CREATE INDEX api_feature_flag_change_name ON api_feature_flag_change (name, changed_at);
