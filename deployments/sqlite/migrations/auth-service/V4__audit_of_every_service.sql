-- One audit trail for the admin actions of every service: where it happened, to what (kind:id), the
-- target before and after, and the request that did it. Other services' actions arrive as events
-- (AdminActionTaken) and keep their event's id, so a repeated event is one row.
ALTER TABLE auth_audit ADD COLUMN service TEXT;
ALTER TABLE auth_audit ADD COLUMN target TEXT;
ALTER TABLE auth_audit ADD COLUMN before_summary TEXT;
ALTER TABLE auth_audit ADD COLUMN after_summary TEXT;
ALTER TABLE auth_audit ADD COLUMN request_id TEXT;
UPDATE auth_audit SET service = 'auth-service';
CREATE INDEX auth_audit_service ON auth_audit (service, occurred_at DESC, id DESC);
CREATE INDEX auth_audit_actor ON auth_audit (actor_id, occurred_at DESC, id DESC);
CREATE INDEX auth_audit_target ON auth_audit (target, occurred_at DESC, id DESC);
