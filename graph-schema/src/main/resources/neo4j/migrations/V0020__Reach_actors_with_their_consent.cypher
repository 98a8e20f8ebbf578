// Reaching actors with their consent (outreach): a decision-maker's or facilitator's saved directory filters, the
// consultations sent to them, and each actor's one answer to a consultation.
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.id IS UNIQUE;
// A person's segments, the newest first.
CREATE INDEX segment_owner IF NOT EXISTS FOR (s:Segment) ON (s.ownerId, s.createdAt);
CREATE CONSTRAINT consultation_id IF NOT EXISTS FOR (c:Consultation) REQUIRE c.id IS UNIQUE;
// A sender's consultations, the newest first.
CREATE INDEX consultation_sender IF NOT EXISTS FOR (c:Consultation) ON (c.senderId, c.createdAt);
// One answer per actor and consultation, whatever two owners do at the same moment.
CREATE CONSTRAINT consultation_answer_once IF NOT EXISTS
FOR (a:ConsultationAnswer) REQUIRE (a.consultationId, a.actorId) IS UNIQUE;
// The e-mails waiting to be sent (notification.Outbox), oldest first.
CREATE CONSTRAINT outgoing_mail_id IF NOT EXISTS FOR (m:OutgoingMail) REQUIRE m.id IS UNIQUE;
CREATE INDEX outgoing_mail_status IF NOT EXISTS FOR (m:OutgoingMail) ON (m.status, m.createdAt);
