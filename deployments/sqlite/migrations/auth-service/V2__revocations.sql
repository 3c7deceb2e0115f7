-- auth-service republishes the sessions that ended within the last access-token lifetime, so a
-- Redis that lost the revocations is refilled (ADR 0005).
CREATE INDEX auth_session_revoked ON auth_session (revoked_at);
