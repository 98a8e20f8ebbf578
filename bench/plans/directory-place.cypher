--- a deep page of a région, before V0017: the (name, id) index walked from the last name seen, each entry checked
// params {"territories": ["f_place_region_84_"], "afterName": "Garage", "afterId": "", "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry) WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $territories WHERE t IN e.facets)
WITH e ORDER BY e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- the same page after V0017: the (région, name, id) index in order
// params {"territories": ["f_place_region_84_"], "anchor": "region:84", "afterName": "Garage", "afterId": "", "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.region = $anchor AND e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $territories WHERE t IN e.facets)
WITH e ORDER BY e.region, e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- the first page of a département, before V0017 (when it holds more actors than are sorted: 4,000)
// params {"territories": ["f_place_departement_69_"], "afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry) WHERE e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $territories WHERE t IN e.facets)
WITH e ORDER BY e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
--- the same page after V0017: the (département, name, id) index in order
// params {"territories": ["f_place_departement_69_"], "anchor": "departement:69", "afterName": null, "afterId": null, "skip": 0, "limit": 21}
MATCH (e:DirectoryEntry)
WHERE e.departement = $anchor AND e.name >= coalesce($afterName, '')
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.actorId > $afterId))
  AND any(t IN $territories WHERE t IN e.facets)
WITH e ORDER BY e.departement, e.name, e.actorId SKIP $skip LIMIT $limit
RETURN collect(e.actorId) AS ids
