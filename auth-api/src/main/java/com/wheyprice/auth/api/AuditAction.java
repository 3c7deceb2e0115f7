package com.wheyprice.auth.api;

/** The events the audit trail records. */
public enum AuditAction {
    SIGNUP, LOGIN, LOGOUT, TOKEN_REFRESH, TOKEN_REUSE_DETECTED, SESSION_REVOKED, CLIENT_TOKEN, TIER_CHANGE,
    EXPORT, ERASURE, SOCIAL_LINK, PII_KEY_ROTATION, BOOTSTRAP, PASSWORD_CHANGE
}
