-- The real discount (PriceReferences): a listing's typical price is the median of its daily
-- closing prices over the 90 days before its offer's day, and its list price is flagged as
-- inflated when it was raised in the 30 days before a "sale" that sells at about the old list
-- price. catalog-service keeps both at ingest, with the offer; the best-offer read model carries
-- them, and ranks sort=discount by the real discount instead of the one claimed off the list price.
ALTER TABLE catalog_listing ADD COLUMN typical_price_minor bigint;
ALTER TABLE catalog_listing ADD COLUMN list_price_inflated boolean NOT NULL DEFAULT FALSE;
ALTER TABLE catalog_best_offer ADD COLUMN typical_price_minor bigint;
ALTER TABLE catalog_best_offer ADD COLUMN real_discount_bp integer NOT NULL DEFAULT 0;
ALTER TABLE catalog_best_offer ADD COLUMN list_price_inflated boolean NOT NULL DEFAULT FALSE;

-- Typical prices of today's offers from the daily roll-up (the mean of the two middle days for an
-- even count); the inflated flag follows at each listing's next scrape.
UPDATE catalog_listing l SET typical_price_minor = (
    SELECT (MIN(m.last_price) + MAX(m.last_price)) / 2
      FROM (SELECT d.last_price, ROW_NUMBER() OVER (ORDER BY d.last_price) AS rn, COUNT(*) OVER () AS n
              FROM catalog_price_daily d
             WHERE d.listing_id = l.id AND d.currency = l.currency
               AND d.day >= to_char((l.observed_at AT TIME ZONE 'UTC')::date - 90, 'YYYY-MM-DD')
               AND d.day < to_char(l.observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) m
     WHERE m.rn IN ((m.n + 1) / 2, (m.n + 2) / 2))
 WHERE l.price_minor IS NOT NULL AND l.observed_at IS NOT NULL;

-- catalog-service refills an empty best-offer model from the listings at start.
DELETE FROM catalog_best_offer;
