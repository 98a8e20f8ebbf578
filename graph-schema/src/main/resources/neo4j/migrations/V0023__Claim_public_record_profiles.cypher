// Claims of public-record profiles (issue 12): found by id, listed by status and age for facilitators
CREATE CONSTRAINT actor_claim_id IF NOT EXISTS FOR (c:ActorClaim) REQUIRE c.id IS UNIQUE;
CREATE INDEX actor_claim_status IF NOT EXISTS FOR (c:ActorClaim) ON (c.status, c.createdAt);
CREATE INDEX actor_claim_claimant IF NOT EXISTS FOR (c:ActorClaim) ON (c.claimantId);
