-- Full-text search. A brand can have aliases ("ON" for Optimum Nutrition) that search finds it by.
-- catalog_search_document holds each product's words as catalog-service's tokenizer (SearchText)
-- wrote them: the title (brand, aliases, product name) and the body (flavours, protein type,
-- category), so both engines index the same words, with the product's brand, category and protein
-- type, so a text search filters without reading the product; PostgreSQL indexes them as a tsvector.
-- catalog_search_word is the vocabulary and catalog_search_word_deletion each long word's
-- deletions, through which a typed word finds the words one typo away (ADR 0012).
-- All of it is kept in the transaction of every change to what it reads (ProductReadModels).

ALTER TABLE catalog_brand ADD COLUMN aliases jsonb;

CREATE TABLE catalog_search_document (
    product_id    uuid     PRIMARY KEY,
    brand_id      uuid     NOT NULL,
    category_id   uuid     NOT NULL,
    protein_type  text     NOT NULL,
    title         text     NOT NULL,
    body          text     NOT NULL,
    document      tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED
);
CREATE INDEX catalog_search_document_words ON catalog_search_document USING gin (document);

-- A text search narrowed to a brand or a category starts from that brand's or category's documents.
CREATE INDEX catalog_search_document_brand ON catalog_search_document (brand_id);
CREATE INDEX catalog_search_document_category ON catalog_search_document (category_id);

CREATE TABLE catalog_search_word (
    word  text PRIMARY KEY
);

CREATE TABLE catalog_search_word_deletion (
    deletion  text NOT NULL,
    word      text NOT NULL,
    PRIMARY KEY (deletion, word)
);
