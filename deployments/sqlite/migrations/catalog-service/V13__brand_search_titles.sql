-- Each brand's words (name and aliases, tokenized by the service as product documents are), so
-- suggestions match brands in one statement over short texts instead of reading and tokenizing every brand. The service
-- fills it at its first start after this migration and keeps it at every brand change.
CREATE TABLE catalog_search_brand (
    brand_id  TEXT  PRIMARY KEY,
    title     TEXT  NOT NULL
);
