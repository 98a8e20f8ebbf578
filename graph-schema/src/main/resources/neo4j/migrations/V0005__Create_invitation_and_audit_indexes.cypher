// Invitations are found by id (answering one) and by e-mail address (my pending invitations).
CREATE CONSTRAINT invitation_id_unique IF NOT EXISTS FOR (n:Invitation) REQUIRE n.id IS UNIQUE;
CREATE INDEX invitation_email IF NOT EXISTS FOR (n:Invitation) ON (n.email);
// The audit trail is read most recent first, by caller or by target.
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (n:AuditEntry) ON (n.target);
CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (n:AuditEntry) ON (n.subject);
