--- first page of 20 actors (after: the (name, id) index in order)
// params {"afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
WITH e ORDER BY e.name, e.actorId SKIP $skip LIMIT $limit
WITH collect(e.actorId) AS ids
CALL (ids) {
  UNWIND range(0, size(ids) - 1) AS rank
  MATCH (a:Actor {id: ids[rank]})
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(commune:Commune)
  RETURN collect([a, commune.id]) AS rows
}
RETURN rows
--- its count (after: only when asked, from the count store)
MATCH (e:DirectoryEntry) RETURN count(e) AS total
--- NAF section C + département 57 + private (after: one Lucene lookup, its 2,770 matches sorted, at most 4,000)
// params {"query": "+(facets:f_naf_C_) +(facets:f_place_departement_57_) +(facets:f_sector_PRIVATE_)", "limit": 4001, "sortable": 4000, "skip": 0, "pageSize": 21}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: $limit}) YIELD node
WITH collect(node) AS hits WHERE size(hits) <= $sortable
CALL (hits) {
  UNWIND hits AS e
  WITH e ORDER BY e.name, e.actorId SKIP $skip LIMIT $pageSize
  RETURN collect(e.actorId) AS ids
}
RETURN size(hits) AS matched, ids
--- NAF section C + département 57 + private (the walk, for comparison: the (name, id) index, each entry checked)
// params {"naf": ["f_naf_C_"], "place": ["f_place_departement_57_"], "sector": ["f_sector_PRIVATE_"], "limit": 21, "afterName": null, "afterId": null, "skip": 0}
MATCH (e:DirectoryEntry) WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $naf WHERE t IN e.facets) AND any(t IN $place WHERE t IN e.facets)
  AND any(t IN $sector WHERE t IN e.facets)
WITH e ORDER BY e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- text with a common word, "fabrication", public (after: one bounded lookup in the entries)
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)", "limit": 21}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: $limit}) YIELD node, score
WITH node AS e, score ORDER BY score DESC, e.name, e.actorId LIMIT $limit
RETURN collect(e.actorId) AS ids
--- its bounded count (after: Lucene, at most 10,001 read)
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
RETURN count(node) AS total
--- equipment of one category, public (after: the (category, name, id) index in order)
// params {"category": ["f_equipment_MACHINING_"], "anchor": "MACHINING", "visible": ["PUBLIC"], "afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:Equipment)
WHERE e.category = $anchor AND e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  AND e.visibility IN $visible AND any(t IN $category WHERE t IN e.facets)
WITH e ORDER BY e.category, e.name, e.id SKIP $skip LIMIT $limit
RETURN collect(e.id) AS ids
