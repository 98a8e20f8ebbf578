--- confirmed since 2023-06-01 + département 59, before: the lookup, collected to sort, finds more than 4,000
// params {"query": "+(facets:f_place_departement_59_) +facets:[f_confirmed_2023_06_01_ TO f_confirmed_9999_12_31_]"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 4001}) YIELD node
WITH collect(node) AS hits
RETURN size(hits) AS n
--- the same, after: the département's index in name order, at most 1,000 entries read, each checked
// params {"anchor": "departement:59", "since": "2023-06-01", "afterName": null, "afterId": null, "walk": 1000, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.departement = $anchor AND e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
WITH e ORDER BY e.departement, e.name, e.actorId LIMIT $walk
WITH e WHERE e.confirmedOn >= $since
WITH e SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- NAF division 25, before: the lookup finds more than 4,000 (then the name index is walked without bound)
// params {"query": "+(facets:f_naf_25_)", "limit": 4001, "sortable": 4000}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: $limit}) YIELD node
WITH collect(node) AS hits WHERE size(hits) <= $sortable
RETURN size(hits) AS matched
--- NAF division 25, after: the name index, at most 1,000 entries read
// params {"trades": ["f_naf_25_"], "afterName": null, "afterId": null, "walk": 1000, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
WITH e ORDER BY e.name, e.actorId LIMIT $walk
WITH e WHERE any(token IN $trades WHERE token IN e.facets)
WITH e SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- a narrow filter, the walk's worst case: every one of the 1,000 entries read and checked, the page not met
// params {"trades": ["f_naf_12_"], "afterName": null, "afterId": null, "walk": 1000, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
WITH e ORDER BY e.name, e.actorId LIMIT $walk
WITH e WHERE any(token IN $trades WHERE token IN e.facets)
WITH e SKIP $skip LIMIT $limit
RETURN size(collect(e.actorId)) AS found
--- a département's equipment, before: the name index, each item checked for its place and visibility
// params {"place": ["f_place_departement_59_"], "visible": ["PUBLIC"], "afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:Equipment)
WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  AND e.visibility IN $visible AND any(token IN $place WHERE token IN e.facets)
WITH e ORDER BY e.name, e.id SKIP $skip LIMIT $limit
RETURN collect(e.id) AS ids
--- a département's equipment, after (V0040): its (departement, name, id) index, each item checked
// params {"anchor": "departement:59", "place": ["f_place_departement_59_"], "visible": ["PUBLIC"], "afterName": null, "afterId": null, "walk": 1000, "skip": 0, "limit": 21}
MATCH (e:Equipment)
WHERE e.departement = $anchor AND e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
WITH e ORDER BY e.departement, e.name, e.id LIMIT $walk
WITH e WHERE e.visibility IN $visible AND any(token IN $place WHERE token IN e.facets)
WITH e SKIP $skip LIMIT $limit
RETURN collect(e.id) AS ids
