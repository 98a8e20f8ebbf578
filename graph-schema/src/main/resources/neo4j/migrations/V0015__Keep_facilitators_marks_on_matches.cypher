// A facilitator's judgement of an actor proposed for a problem (matchmaking.MatchMarks): one mark per facilitator,
// problem and actor, its key "problemId actorId subject", so that marks sent together by one facilitator stay one.
CREATE CONSTRAINT match_mark_key IF NOT EXISTS FOR (m:MatchMark) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT match_mark_id IF NOT EXISTS FOR (m:MatchMark) REQUIRE m.id IS UNIQUE;
// The most recently marked problems, for the replay (matchMarkReplay).
CREATE INDEX match_mark_at IF NOT EXISTS FOR (m:MatchMark) ON (m.at);
