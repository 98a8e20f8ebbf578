--- before: the page, its first 21 matches sorted by name among equal scores: fabrication
// params {"index": "directory_entry_public", "query": "+(name:fabrication description:fabrication publicText:fabrication)", "ownQuery": null, "ownIndex": "directory_entry_everyone", "skip": 0, "limit": 21, "visible": ["PUBLIC"], "ownActors": [], "lookupLimit": 21}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
WITH node AS e, score ORDER BY score DESC, e.name, e.actorId SKIP $skip LIMIT $limit
WITH collect(e.actorId) AS ids
CALL (ids) {
  UNWIND range(0, size(ids) - 1) AS rank
  MATCH (a:Actor {id: ids[rank]})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
  WITH rank, {node: a, communeId: commune.id} AS row
  RETURN collect(row) AS rows
}
RETURN size(rows) AS n
--- before: the total, its own lookup: fabrication
// params {"index": "directory_entry_public", "query": "+(name:fabrication description:fabrication publicText:fabrication)", "ownQuery": null, "ownIndex": "directory_entry_everyone", "skip": 0, "limit": 21, "visible": ["PUBLIC"], "ownActors": [], "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
RETURN count(node) AS total
--- after: page and total from one window: fabrication
// params {"index": "directory_entry_public", "query": "+(name:fabrication description:fabrication publicText:fabrication)", "ownQuery": null, "ownIndex": "directory_entry_everyone", "skip": 0, "limit": 21, "visible": ["PUBLIC"], "ownActors": [], "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
WITH collect(node) AS nodes, collect(score) AS scores
CALL (nodes, scores) {
  UNWIND range(0, size(nodes) - 1) AS i
  WITH nodes[i] AS e, scores[i] AS score ORDER BY score DESC, elementId(e) SKIP $skip LIMIT $limit
  RETURN collect(e.actorId) AS ids
}
WITH ids, size(nodes) AS matches
CALL (ids) {
  UNWIND range(0, size(ids) - 1) AS rank
  MATCH (a:Actor {id: ids[rank]})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
  WITH rank, {node: a, communeId: commune.id} AS row
  RETURN collect(row) AS rows
}
RETURN size(rows) AS n, matches
--- before: the page, its first 21 matches sorted by name among equal scores: traitement surface
// params {"index": "directory_entry_public", "query": "+(name:traitement description:traitement publicText:traitement) +(name:surface description:surface publicText:surface)", "ownQuery": null, "ownIndex": "directory_entry_everyone", "skip": 0, "limit": 21, "visible": ["PUBLIC"], "ownActors": [], "lookupLimit": 21}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
WITH node AS e, score ORDER BY score DESC, e.name, e.actorId SKIP $skip LIMIT $limit
WITH collect(e.actorId) AS ids
CALL (ids) {
  UNWIND range(0, size(ids) - 1) AS rank
  MATCH (a:Actor {id: ids[rank]})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
  WITH rank, {node: a, communeId: commune.id} AS row
  RETURN collect(row) AS rows
}
RETURN size(rows) AS n
--- before: the total, its own lookup: traitement surface
// params {"index": "directory_entry_public", "query": "+(name:traitement description:traitement publicText:traitement) +(name:surface description:surface publicText:surface)", "ownQuery": null, "ownIndex": "directory_entry_everyone", "skip": 0, "limit": 21, "visible": ["PUBLIC"], "ownActors": [], "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
RETURN count(node) AS total
--- after: page and total from one window: traitement surface
// params {"index": "directory_entry_public", "query": "+(name:traitement description:traitement publicText:traitement) +(name:surface description:surface publicText:surface)", "ownQuery": null, "ownIndex": "directory_entry_everyone", "skip": 0, "limit": 21, "visible": ["PUBLIC"], "ownActors": [], "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
WITH collect(node) AS nodes, collect(score) AS scores
CALL (nodes, scores) {
  UNWIND range(0, size(nodes) - 1) AS i
  WITH nodes[i] AS e, scores[i] AS score ORDER BY score DESC, elementId(e) SKIP $skip LIMIT $limit
  RETURN collect(e.actorId) AS ids
}
WITH ids, size(nodes) AS matches
CALL (ids) {
  UNWIND range(0, size(ids) - 1) AS rank
  MATCH (a:Actor {id: ids[rank]})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
  WITH rank, {node: a, communeId: commune.id} AS row
  RETURN collect(row) AS rows
}
RETURN size(rows) AS n, matches
--- before, « fabrication »: how many of the second page's actors the first page showed already, and how many of the first 40 neither showed
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 21}) YIELD node, score
WITH node AS e, score ORDER BY score DESC, e.name, e.actorId LIMIT 20
WITH collect(e.actorId) AS p1
CALL (p1) {
  CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 41}) YIELD node, score
  WITH node AS e, score ORDER BY score DESC, e.name, e.actorId SKIP 20 LIMIT 20
  RETURN collect(e.actorId) AS p2
}
CALL () {
  CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 41}) YIELD node, score
  WITH node AS e, score ORDER BY score DESC, e.name, e.actorId LIMIT 40
  RETURN collect(e.actorId) AS first40
}
RETURN size([x IN p2 WHERE x IN p1]) AS repeated, size([x IN first40 WHERE NOT x IN p1 AND NOT x IN p2]) AS neverShownOfFirst40
