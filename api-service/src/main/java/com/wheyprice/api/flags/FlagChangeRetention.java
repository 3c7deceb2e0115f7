package com.wheyprice.api.flags;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.wheyprice.common.retention.RetentionConfig;
import com.wheyprice.common.retention.RetentionRule;

/** Flag changes are audit records: kept {@code RETENTION_AUDIT} like auth-service's trail (README's retention table). */
public class FlagChangeRetention {

    @Produces
    @Singleton
    RetentionRule flagChanges(RetentionConfig config) {
        return RetentionRule.deleting("flag-changes", "api_feature_flag_change", "id", "changed_at < $1", config.audit());
    }
}
