-- Where an affiliate click came from: a page of the platform (WEB) or a price alert's message (ALERT),
-- so admins see how many purchases alerts lead to.
ALTER TABLE catalog_click ADD COLUMN source text NOT NULL DEFAULT 'WEB';
