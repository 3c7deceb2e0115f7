-- Bench data for catalog-service on PostgreSQL: 1k brands, 20k products, 50k variants,
-- 100 retailers, 100k listings (2 per variant) and 10M price observations (100 days for every
-- listing; the 1 000 "hot" listings of the first 500 variants get a full year instead).
-- Run after catalog-service has migrated the database. Deterministic; takes a few minutes.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

INSERT INTO catalog_category (id, slug, name, version, created_at, updated_at)
SELECT md5('cat' || c)::uuid, 'category-' || c, 'Category ' || c, 1, now(), now() FROM generate_series(1, 5) c;

INSERT INTO catalog_brand (id, slug, name, country, version, created_at, updated_at)
SELECT md5('brand' || b)::uuid, 'brand-' || b, 'Brand ' || b, 'IN', 1, now(), now() FROM generate_series(1, 1000) b;

INSERT INTO catalog_product (id, slug, brand_id, category_id, name, protein_type, version, created_at, updated_at)
SELECT md5('product' || p)::uuid, 'product-' || p, md5('brand' || (1 + p % 1000))::uuid, md5('cat' || (1 + p % 5))::uuid,
       'Whey ' || (ARRAY['Gold', 'Pure', 'Iso', 'Hydro', 'Max'])[1 + p % 5] || ' ' || p,
       (ARRAY['CONCENTRATE', 'ISOLATE', 'HYDROLYSED', 'BLEND'])[1 + p % 4], 1, now(), now()
  FROM generate_series(1, 20000) p;

INSERT INTO catalog_variant (id, product_id, flavour, pack_size_g, servings_per_pack, protein_per_serving_mg, version, created_at, updated_at)
SELECT md5('variant' || v)::uuid, md5('product' || (1 + (v - 1) % 20000))::uuid,
       (ARRAY['Chocolate', 'Vanilla', 'Strawberry'])[1 + (v - 1) / 20000], (ARRAY[1000, 2000, 2270, 4000])[1 + v % 4],
       (ARRAY[1000, 2000, 2270, 4000])[1 + v % 4] / 30, 22000 + (v % 5) * 1000, 1, now(), now()
  FROM generate_series(1, 50000) v;

INSERT INTO catalog_retailer (id, slug, name, base_url, domain, country, currency, active, max_requests_per_minute, version, created_at, updated_at)
SELECT md5('retailer' || r)::uuid, 'retailer-' || r, 'Retailer ' || r, 'https://retailer-' || r || '.example', 'retailer-' || r || '.example',
       'IN', 'INR', TRUE, 30, 1, now(), now()
  FROM generate_series(1, 100) r;

INSERT INTO catalog_listing (id, variant_id, retailer_id, url, active, price_minor, list_price_minor, currency, availability, observed_at,
                             last_scrape_at, last_scrape_status, next_scrape_at, version, created_at, updated_at)
SELECT md5('listing' || l)::uuid, md5('variant' || (1 + (l - 1) / 2))::uuid, md5('retailer' || (1 + l % 100))::uuid,
       'https://retailer-' || (1 + l % 100) || '.example/p/' || l, TRUE, 150000 + (l * 7919) % 300000, 500000, 'INR',
       CASE WHEN l % 17 = 0 THEN 'OUT_OF_STOCK' ELSE 'IN_STOCK' END, now(), now(), 'OK',
       now() + ((l % 1440) || ' minutes')::interval, 1, now(), now()
  FROM generate_series(1, 100000) l;

-- 100 daily observations per listing, in key order; hot listings (the first 1 000) get 365.
INSERT INTO catalog_price_observation (listing_id, observed_at, price_minor, list_price_minor, currency, availability, job_id)
SELECT md5('listing' || l)::uuid, date_trunc('day', now()) - (d || ' days')::interval + interval '9 hours',
       150000 + (l * 7919 + d * 104729) % 300000, 500000, 'INR', 'IN_STOCK', 'bench-' || l || '-' || d
  FROM generate_series(1, 100000) l
  CROSS JOIN LATERAL generate_series(1, CASE WHEN l <= 1000 THEN 365 ELSE 100 END) d
 ORDER BY 1, 2;

-- The daily roll-up the service keeps at ingest, built here in one pass.
INSERT INTO catalog_price_daily (listing_id, day, currency, low, high, total, n, last_price, last_at)
SELECT listing_id, to_char(observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), currency, MIN(price_minor), MAX(price_minor), SUM(price_minor),
       COUNT(*), (array_agg(price_minor ORDER BY observed_at DESC))[1], MAX(observed_at)
  FROM catalog_price_observation
 GROUP BY listing_id, to_char(observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), currency;

ANALYZE;
SELECT (SELECT count(*) FROM catalog_listing) AS listings, (SELECT count(*) FROM catalog_price_observation) AS observations;
