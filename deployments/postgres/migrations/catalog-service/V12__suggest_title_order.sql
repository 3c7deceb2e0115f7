-- Suggestions among equally relevant products come in title order; when what is typed is common,
-- the service walks the documents in that order and stops after a few dozen (SuggestResource).
CREATE INDEX catalog_search_document_title ON catalog_search_document (title, product_id);
