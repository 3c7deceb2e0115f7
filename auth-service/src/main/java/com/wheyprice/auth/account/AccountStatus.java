package com.wheyprice.auth.account;

/** {@code ERASED} accounts keep their id (for the audit trail) and nothing else. */
public enum AccountStatus {
    ACTIVE, ERASED
}
