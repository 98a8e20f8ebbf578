--- first page of 20 actors (before)
// params {"skip": 0, "limit": 21}
MATCH (a:Actor) WITH a, 0.0 AS relevance
WITH a, relevance ORDER BY relevance DESC, a.name ASC, a.id ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune) RETURN a, commune.id AS communeId
--- its count (before: run with every page)
MATCH (a:Actor) WITH a, 0.0 AS relevance RETURN count(a) AS total
--- NAF section C + département 57 + private (before)
// params {"territories": ["departement:57"], "trades": ["C"], "sectors": ["PRIVATE"], "skip": 0, "limit": 21}
MATCH (scope:Territory) WHERE scope.id IN $territories
MATCH (scope)<-[:PART_OF*0..2]-(:Commune)<-[:LOCATED_IN]-(a:Actor)
WITH DISTINCT a WITH a, 0.0 AS relevance
WHERE a.sector IN $sectors
  AND EXISTS { MATCH (a)-[:HAS_CORE_TRADE]->(:Trade)-[:BROADER*0..4]->(trade:Trade) WHERE trade.code IN $trades }
WITH a, relevance ORDER BY relevance DESC, a.name ASC, a.id ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune) RETURN a, commune.id AS communeId
--- text with a common word, "fabrication", public (before)
// params {"words": ["fabrication"], "textIndex": "directory_text_public", "visible": ["PUBLIC"], "ownActors": [], "skip": 0, "limit": 21}
UNWIND $words AS word
CALL (word) {
  CALL db.index.fulltext.queryNodes($textIndex, word) YIELD node, score RETURN node, score
}
OPTIONAL MATCH (owner:Actor)-[:HAS_KNOW_HOW|HAS_EQUIPMENT]->(node)
WITH CASE WHEN node:Actor THEN node ELSE owner END AS a, node, score, word
WHERE a IS NOT NULL AND (node:Actor OR node.visibility IN $visible OR owner.id IN $ownActors)
WITH a, word, max(score) AS score
WITH a, count(word) AS matched, sum(score) AS relevance WHERE matched = size($words)
WITH a, relevance ORDER BY relevance DESC, a.name ASC, a.id ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune) RETURN a, commune.id AS communeId
--- equipment of one category, public (before)
// params {"categories": ["MACHINING"], "territories": null, "visible": ["PUBLIC"], "ownActors": [], "skip": 0, "limit": 21}
MATCH (i:Equipment) WITH i, 0.0 AS score
WHERE $categories IS NULL OR i.category IN $categories
MATCH (a:Actor)-[:HAS_EQUIPMENT]->(i)
WHERE (i.visibility IN $visible OR a.id IN $ownActors) AND ($territories IS NULL OR EXISTS {
  (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF*0..2]->(scope:Territory) WHERE scope.id IN $territories })
WITH a, i, score ORDER BY score DESC, i.name, i.id SKIP $skip LIMIT $limit
RETURN a.id AS actorId, i
