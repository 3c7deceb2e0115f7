-- The best-offer read model: for every product and currency, the product's best listing under each
-- way a search ranks offers (cheapest pack, biggest discount, cheapest 100 g of protein by the
-- label or by the brand's lab test), once among all offers and once among in-stock offers only.
-- Searches page through it by index instead of ranking every listing per request. catalog-service
-- keeps it in the transaction of every change to an offer (BestOffers.refresh). The service fills it
-- at start when it is empty while offers exist (right after this script), and
-- POST /catalog/admin/best-offers/rebuild recreates it at any time; both use that same ranking.
-- Derived data: no foreign keys, a refresh replaces a product's rows as a whole.

CREATE TABLE catalog_best_offer (
    product_id          TEXT    NOT NULL,
    currency            TEXT    NOT NULL,
    in_stock_only       INTEGER NOT NULL,
    ranking             TEXT    NOT NULL,
    rank_key            INTEGER NOT NULL,
    brand_id            TEXT    NOT NULL,
    category_id         TEXT    NOT NULL,
    protein_type        TEXT    NOT NULL,
    listing_id          TEXT    NOT NULL,
    variant_id          TEXT    NOT NULL,
    retailer_id         TEXT    NOT NULL,
    price_minor         INTEGER NOT NULL,
    list_price_minor    INTEGER,
    availability        TEXT    NOT NULL,
    per100_label_minor  INTEGER NOT NULL,
    per100_lab_minor    INTEGER NOT NULL,
    discount_bp         INTEGER NOT NULL,
    PRIMARY KEY (product_id, currency, in_stock_only, ranking)
);
-- One index per way of paging: the whole catalog, a brand's products, a category's products.
CREATE INDEX catalog_best_offer_rank ON catalog_best_offer (currency, in_stock_only, ranking, rank_key, product_id);
CREATE INDEX catalog_best_offer_brand ON catalog_best_offer (brand_id, currency, in_stock_only, ranking, rank_key, product_id);
CREATE INDEX catalog_best_offer_category ON catalog_best_offer (category_id, currency, in_stock_only, ranking, rank_key, product_id);
