package com.wheyprice.auth.privacy;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.wheyprice.common.retention.RetentionConfig;
import com.wheyprice.common.retention.RetentionRule;

/**
 * What auth-service forgets with age (README's retention table), as rules for
 * {@link com.wheyprice.common.retention.Retention}: ended sessions and spent refresh tokens, the full
 * IP addresses of sessions, account messages and the audit trail, and audit records past their year.
 */
public class AuthRetention {

    @Produces
    @Singleton
    RetentionRule sessions(RetentionConfig config) {
        return new SessionRetention(config.sessions());
    }

    @Produces
    @Singleton
    RetentionRule refreshTokens(RetentionConfig config) {
        return RetentionRule.deleting("refresh-tokens", "auth_refresh_token", "token_hash", "expires_at < $1 OR used_at < $1", config.sessions());
    }

    @Produces
    @Singleton
    RetentionRule sessionAddresses(RetentionConfig config) {
        return new IpTruncation("session-ip-addresses", "auth_session", "created_at", config.ipAddresses());
    }

    @Produces
    @Singleton
    RetentionRule mailAddresses(RetentionConfig config) {
        return new IpTruncation("mail-ip-addresses", "auth_account_mail", "created_at", config.ipAddresses());
    }

    @Produces
    @Singleton
    RetentionRule auditAddresses(RetentionConfig config) {
        return new IpTruncation("audit-ip-addresses", "auth_audit", "occurred_at", config.ipAddresses());
    }

    @Produces
    @Singleton
    RetentionRule audit(RetentionConfig config) {
        return RetentionRule.deleting("audit", "auth_audit", "id", "occurred_at < $1", config.audit());
    }
}
