--- problems of category ENERGY, before: the total from the full-text lookup
// params {"index": "problem_text_public", "query": "+facets:f_item_problem_ +(facets:f_problem_ENERGY_)", "ownQuery": null, "ownIndex": "problem_text_everyone", "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
RETURN count(node) AS total
--- problems of category ENERGY, after: the (category, visibility) index (V0042)
// params {"value": "ENERGY", "visible": ["PUBLIC"], "ownActors": [], "cap": 10001}
CALL () {
  MATCH (e:Problem) WHERE e.category = $value AND e.visibility IN $visible
  WITH e LIMIT $cap
  RETURN count(e) AS seen
}
CALL () {
  UNWIND $ownActors AS ownId
  MATCH (:Actor {id: ownId})-[:FACES]->(e:Problem) WHERE e.category = $value AND NOT e.visibility IN $visible
  RETURN count(e) AS own
}
RETURN seen + own AS total
--- the same as a facilitator, after
// params {"value": "ENERGY", "visible": ["PUBLIC", "MEMBERS", "FACILITATORS"], "ownActors": [], "cap": 10001}
CALL () {
  MATCH (e:Problem) WHERE e.category = $value AND e.visibility IN $visible
  WITH e LIMIT $cap
  RETURN count(e) AS seen
}
CALL () {
  UNWIND $ownActors AS ownId
  MATCH (:Actor {id: ownId})-[:FACES]->(e:Problem) WHERE e.category = $value AND NOT e.visibility IN $visible
  RETURN count(e) AS own
}
RETURN seen + own AS total
--- equipment of département 57, before: the total from the full-text lookup
// params {"index": "directory_text_public", "query": "+facets:f_item_equipment_ +(facets:f_place_departement_57_)", "ownQuery": null, "ownIndex": "directory_text_everyone", "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
RETURN count(node) AS total
--- equipment of département 57, after: the (departement, visibility) index (V0042)
// params {"value": "departement:57", "visible": ["PUBLIC"], "ownActors": [], "cap": 10001}
CALL () {
  MATCH (e:Equipment) WHERE e.departement = $value AND e.visibility IN $visible
  WITH e LIMIT $cap
  RETURN count(e) AS seen
}
CALL () {
  UNWIND $ownActors AS ownId
  MATCH (:Actor {id: ownId})-[:HAS_EQUIPMENT]->(e:Equipment) WHERE e.departement = $value AND NOT e.visibility IN $visible
  RETURN count(e) AS own
}
RETURN seen + own AS total
--- every problem, before: the total from the full-text lookup, up to 10,001
// params {"index": "problem_text_public", "query": "+facets:f_item_problem_", "ownQuery": null, "ownIndex": "problem_text_everyone", "lookupLimit": 10001}
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $ownQuery AS ownQuery WHERE ownQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($ownIndex, ownQuery, {limit: $lookupLimit}) YIELD node, score
  RETURN node, score
}
RETURN count(node) AS total
--- every problem, after: the count Neo4j keeps of the audience's label, exact
// params {"visible": ["PUBLIC"], "ownActors": []}
CALL () {
  MATCH (e:PublicProblemText)
  RETURN count(e) AS seen
}
CALL () {
  UNWIND $ownActors AS ownId
  MATCH (:Actor {id: ownId})-[:FACES]->(e:Problem) WHERE NOT e.visibility IN $visible
  RETURN count(e) AS own
}
RETURN seen + own AS total
