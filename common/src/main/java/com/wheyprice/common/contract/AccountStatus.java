package com.wheyprice.common.contract;

/** {@code ERASED} accounts keep their id (for the audit trail) and nothing else. */
public enum AccountStatus {
    ACTIVE, ERASED
}
