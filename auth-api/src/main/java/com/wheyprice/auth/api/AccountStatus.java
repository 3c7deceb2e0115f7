package com.wheyprice.auth.api;

/** {@code ERASED} accounts keep their id (for the audit trail) and nothing else. */
public enum AccountStatus {
    ACTIVE, ERASED
}
