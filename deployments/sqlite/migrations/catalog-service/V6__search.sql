-- Full-text search. A brand can have aliases ("ON" for Optimum Nutrition) that search finds it by.
-- catalog_search_document holds each product's words as catalog-service's tokenizer (SearchText)
-- wrote them: the title (brand, aliases, product name) and the body (flavours, protein type,
-- category), so both engines index the same words, with the product's brand, category and protein
-- type, so a text search filters without reading the product; SQLite indexes them in an FTS5 table that
-- triggers keep in step. catalog_search_word is the vocabulary and catalog_search_word_deletion
-- each long word's deletions, through which a typed word finds the words one typo away (ADR 0012).
-- All of it is kept in the transaction of every change to what it reads (ProductReadModels).

ALTER TABLE catalog_brand ADD COLUMN aliases TEXT;

CREATE TABLE catalog_search_document (
    product_id    TEXT PRIMARY KEY,
    brand_id      TEXT NOT NULL,
    category_id   TEXT NOT NULL,
    protein_type  TEXT NOT NULL,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL
);

CREATE VIRTUAL TABLE catalog_search_document_fts USING fts5(
    title, body, content = 'catalog_search_document', content_rowid = 'rowid', tokenize = 'unicode61'
);
CREATE TRIGGER catalog_search_document_added AFTER INSERT ON catalog_search_document BEGIN
    INSERT INTO catalog_search_document_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER catalog_search_document_removed AFTER DELETE ON catalog_search_document BEGIN
    INSERT INTO catalog_search_document_fts (catalog_search_document_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER catalog_search_document_changed AFTER UPDATE ON catalog_search_document BEGIN
    INSERT INTO catalog_search_document_fts (catalog_search_document_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO catalog_search_document_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

-- A text search narrowed to a brand or a category starts from that brand's or category's documents.
CREATE INDEX catalog_search_document_brand ON catalog_search_document (brand_id);
CREATE INDEX catalog_search_document_category ON catalog_search_document (category_id);

CREATE TABLE catalog_search_word (
    word  TEXT PRIMARY KEY
);

CREATE TABLE catalog_search_word_deletion (
    deletion  TEXT NOT NULL,
    word      TEXT NOT NULL,
    PRIMARY KEY (deletion, word)
);
