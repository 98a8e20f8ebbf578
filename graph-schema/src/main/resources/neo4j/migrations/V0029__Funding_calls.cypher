// Funding calls (issue 13): each found by id, and by the id of the aid at its source, on which imports are
// idempotent; open calls and the closing-soon list are read by deadline. The registry node is only a lock: two imports
// take it in turn, so that each creates a call once.
CREATE CONSTRAINT funding_call_id IF NOT EXISTS FOR (c:FundingCall) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT funding_call_source_id IF NOT EXISTS FOR (c:FundingCall) REQUIRE c.sourceId IS UNIQUE;
CREATE INDEX funding_call_deadline IF NOT EXISTS FOR (c:FundingCall) ON (c.deadline);
CREATE CONSTRAINT funding_registry_id IF NOT EXISTS FOR (r:FundingRegistry) REQUIRE r.id IS UNIQUE;
MERGE (:FundingRegistry {id: 'funding-calls'});
