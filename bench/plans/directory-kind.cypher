--- research labs, before V0012: the (name, id) index walked, each entry checked (labs are "Laboratoire…")
// params {"kinds": ["f_kind_RESEARCH_LAB_"], "afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry) WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $kinds WHERE t IN e.facets)
WITH e ORDER BY e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- research labs, after V0012: the (kind, name, id) index in order
// params {"kinds": ["f_kind_RESEARCH_LAB_"], "anchor": "RESEARCH_LAB", "afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.kind = $anchor AND e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $kinds WHERE t IN e.facets)
WITH e ORDER BY e.kind, e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- their bounded count (Lucene, at most 10,001 read)
// params {"query": "+(facets:f_kind_RESEARCH_LAB_)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
RETURN count(node) AS total
