-- Scrape jobs that failed every attempt, kept for admins to inspect and replay.
-- The Redis dead-letter stream is capped; this table keeps every one.
CREATE TABLE scraper_dead_letter (
    id          uuid        PRIMARY KEY,
    job_id      text        NOT NULL UNIQUE,
    listing_id  uuid        NOT NULL,
    url         text        NOT NULL,
    retailer    text        NOT NULL,
    attempts    integer     NOT NULL,
    error       text,
    job         text        NOT NULL,
    failed_at   timestamptz NOT NULL,
    replayed_at timestamptz,
    replay_job_id text
);
CREATE INDEX scraper_dead_letter_failed ON scraper_dead_letter (failed_at, id);
