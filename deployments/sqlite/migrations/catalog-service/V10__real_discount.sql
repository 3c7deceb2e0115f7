-- The real discount (PriceReferences): a listing's typical price is the median of its daily
-- closing prices over the 90 days before its offer's day, and its list price is flagged as
-- inflated when it was raised in the 30 days before a "sale" that sells at about the old list
-- price. catalog-service keeps both at ingest, with the offer; the best-offer read model carries
-- them, and ranks sort=discount by the real discount instead of the one claimed off the list price.
ALTER TABLE catalog_listing ADD COLUMN typical_price_minor INTEGER;
ALTER TABLE catalog_listing ADD COLUMN list_price_inflated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalog_best_offer ADD COLUMN typical_price_minor INTEGER;
ALTER TABLE catalog_best_offer ADD COLUMN real_discount_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalog_best_offer ADD COLUMN list_price_inflated INTEGER NOT NULL DEFAULT 0;

-- Typical prices of today's offers from the daily roll-up (the mean of the two middle days for an
-- even count); the inflated flag follows at each listing's next scrape.
UPDATE catalog_listing SET typical_price_minor = (
    SELECT (MIN(m.last_price) + MAX(m.last_price)) / 2
      FROM (SELECT d.last_price, ROW_NUMBER() OVER (ORDER BY d.last_price) AS rn, COUNT(*) OVER () AS n
              FROM catalog_price_daily d
             WHERE d.listing_id = catalog_listing.id AND d.currency = catalog_listing.currency
               AND d.day >= date(substr(catalog_listing.observed_at, 1, 10), '-90 days')
               AND d.day < substr(catalog_listing.observed_at, 1, 10)) m
     WHERE m.rn IN ((m.n + 1) / 2, (m.n + 2) / 2))
 WHERE price_minor IS NOT NULL AND observed_at IS NOT NULL;

-- catalog-service refills an empty best-offer model from the listings at start.
DELETE FROM catalog_best_offer;
