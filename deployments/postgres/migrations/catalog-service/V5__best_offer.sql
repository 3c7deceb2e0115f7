-- The best-offer read model: for every product and currency, the product's best listing under each
-- way a search ranks offers (cheapest pack, biggest discount, cheapest 100 g of protein by the
-- label or by the brand's lab test), once among all offers and once among in-stock offers only.
-- Searches page through it by index instead of ranking every listing per request. catalog-service
-- keeps it in the transaction of every change to an offer (BestOffers.refresh). The service fills it
-- at start when it is empty while offers exist (right after this script), and
-- POST /catalog/admin/best-offers/rebuild recreates it at any time; both use that same ranking.
-- Derived data: no foreign keys, a refresh replaces a product's rows as a whole.

CREATE TABLE catalog_best_offer (
    product_id          uuid    NOT NULL,
    currency            text    NOT NULL,
    in_stock_only       boolean NOT NULL,
    ranking             text    NOT NULL,
    rank_key            bigint  NOT NULL,
    brand_id            uuid    NOT NULL,
    category_id         uuid    NOT NULL,
    protein_type        text    NOT NULL,
    listing_id          uuid    NOT NULL,
    variant_id          uuid    NOT NULL,
    retailer_id         uuid    NOT NULL,
    price_minor         bigint  NOT NULL,
    list_price_minor    bigint,
    availability        text    NOT NULL,
    per100_label_minor  bigint  NOT NULL,
    per100_lab_minor    bigint  NOT NULL,
    discount_bp         integer NOT NULL,
    PRIMARY KEY (product_id, currency, in_stock_only, ranking)
);
-- One index per way of paging: the whole catalog, a brand's products, a category's products.
CREATE INDEX catalog_best_offer_rank ON catalog_best_offer (currency, in_stock_only, ranking, rank_key, product_id);
CREATE INDEX catalog_best_offer_brand ON catalog_best_offer (brand_id, currency, in_stock_only, ranking, rank_key, product_id);
CREATE INDEX catalog_best_offer_category ON catalog_best_offer (category_id, currency, in_stock_only, ranking, rank_key, product_id);
