// "Problems I could help with" kept, for each capability of the actor, the 250 open problems nearest to it among
// every problem stating that need: at 1,000,000 actors a popular need is stated by 9,000-14,000 problems (the topic
// « industrie 4.0 », trades 85.59, 71.12, 72.19), all read, with their problem and actor, to keep 250
// (docs/matchmaking.md, "Problems I could help with"). A problem's needs now carry its département and région, the
// problem's own (V0035), kept in step by DirectoryEntries.REFRESH and ActorGraph.replaceNeeds, and these indexes give a
// need's problems in the actor's département, or its région, without reading the others, as V0013 and V0016 do for
// a need's holders. A value chain's needs belong to no place and carry neither.
CREATE INDEX need_kind_value_departement IF NOT EXISTS FOR (n:Need) ON (n.kind, n.value, n.departement);
CREATE INDEX need_kind_value_region IF NOT EXISTS FOR (n:Need) ON (n.kind, n.value, n.region);
MATCH (p:Problem)-[:HAS_NEED]->(n:Need)
CALL (p, n) {
  SET n.departement = p.departement, n.region = p.region
} IN TRANSACTIONS OF 10000 ROWS;
