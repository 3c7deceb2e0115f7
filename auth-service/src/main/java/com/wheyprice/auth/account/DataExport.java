package com.wheyprice.auth.account;

import java.time.Instant;
import java.util.List;

import com.wheyprice.auth.audit.AuditEntry;
import com.wheyprice.common.contract.Account;
import com.wheyprice.common.contract.Session;

/** Everything auth-service holds about one user (GDPR art. 15 and 20). */
public record DataExport(Instant exportedAt, Account account, List<AccountRepository.Identity> identities, List<Session> sessions,
        List<AuditEntry> audit) {
}
