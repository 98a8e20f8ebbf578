// The watch (issue 13): subscriptions, events recorded once, the keys that join them, e-mail digests.
CREATE CONSTRAINT watch_id_unique IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE;
// one subscription per person and subject: two racing watch calls make one
CREATE CONSTRAINT watch_person_key_unique IF NOT EXISTS FOR (n:Watch) REQUIRE n.personKey IS UNIQUE;
CREATE INDEX watch_person IF NOT EXISTS FOR (n:Watch) ON (n.personId);
CREATE CONSTRAINT watch_event_id_unique IF NOT EXISTS FOR (n:WatchEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX watch_event_at IF NOT EXISTS FOR (n:WatchEvent) ON (n.at);
CREATE CONSTRAINT watch_key_unique IF NOT EXISTS FOR (n:WatchKey) REQUIRE n.key IS UNIQUE;
CREATE INDEX watch_about_at IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.at);
CREATE CONSTRAINT watch_digest_person_unique IF NOT EXISTS FOR (n:WatchDigest) REQUIRE n.personId IS UNIQUE;
CREATE CONSTRAINT watch_digest_token_unique IF NOT EXISTS FOR (n:WatchDigest) REQUIRE n.token IS UNIQUE;
CREATE INDEX watch_digest_due IF NOT EXISTS FOR (n:WatchDigest) ON (n.status, n.dueAt);
CREATE CONSTRAINT watch_digest_confirm_token_unique IF NOT EXISTS FOR (n:WatchDigest) REQUIRE n.confirmToken IS UNIQUE;
