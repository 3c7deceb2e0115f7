package com.wheyprice.auth.api;

/**
 * The events the audit trail records: auth-service's own, and the admin actions of every service
 * ({@link com.wheyprice.auth.api.event.AdminActionTaken}).
 */
public enum AuditAction {
    SIGNUP, LOGIN, LOGOUT, TOKEN_REFRESH, TOKEN_REUSE_DETECTED, SESSION_REVOKED, CLIENT_TOKEN, TIER_CHANGE,
    EXPORT, ERASURE, SOCIAL_LINK, PII_KEY_ROTATION, BOOTSTRAP, PASSWORD_CHANGE, PASSWORD_RESET_REQUEST, PASSWORD_RESET,
    ADDRESS_VERIFICATION, ADDRESS_CHANGE_REQUEST, ADDRESS_CHANGE,
    /** catalog-service: an admin created, changed or deleted a brand, category, product, variant, retailer or listing. */
    CATALOG_ENTRY_CREATE, CATALOG_ENTRY_UPDATE, CATALOG_ENTRY_DELETE,
    /** catalog-service: an admin decided on a product page a shopper suggested. */
    DISCOVERY_APPROVE, DISCOVERY_REJECT,
    /** catalog-service: an admin confirmed or rejected a scraped price held back as implausible. */
    PRICE_QUARANTINE_CONFIRM, PRICE_QUARANTINE_REJECT,
    /** catalog-service: an admin had the search read models rebuilt. */
    SEARCH_INDEX_REBUILD,
    /** scraper-service: an admin had a listing or a retailer's listings scraped now. */
    SCRAPE_NOW,
    /** scraper-service: an admin queued a dead scrape job's listing again. */
    DEAD_LETTER_REPLAY,
    /** api-service: an admin switched a feature flag or changed its rollout. */
    FLAG_CHANGE,
    /** notification-service: an admin had a dead delivery sent again. */
    DELIVERY_REPLAY
}
