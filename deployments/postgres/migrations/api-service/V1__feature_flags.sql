-- Feature flags: api-service writes them and publishes each to Redis, where every service reads them.
CREATE TABLE api_feature_flag (
    name             text        PRIMARY KEY,
    enabled          boolean     NOT NULL,
    rollout_percent  integer     NOT NULL CHECK (rollout_percent BETWEEN 0 AND 100),
    description      text        NOT NULL,
    updated_by       uuid,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL
);

-- Every change, who made it and what it was before: the flags' audit trail.
CREATE TABLE api_feature_flag_change (
    id                        uuid        PRIMARY KEY,
    name                      text        NOT NULL,
    enabled                   boolean     NOT NULL,
    rollout_percent           integer     NOT NULL,
    previous_enabled          boolean,
    previous_rollout_percent  integer,
    changed_by                uuid,
    changed_at                timestamptz NOT NULL
);
CREATE INDEX api_feature_flag_change_name ON api_feature_flag_change (name, changed_at);
