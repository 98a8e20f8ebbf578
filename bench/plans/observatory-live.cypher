// The observatory counted at request time, before figures were stored (docs/observatory.md, "How fresh"): one région of
// the 100k store read 38,545 actors; its items 0.6 s. Run with PlanConsole (bench/README.md).
--- region entries grouped by commune kind sector division (facets tokens)
// params {"region": "region:44"}
MATCH (e:DirectoryEntry {region: $region})
WITH e.commune AS commune, e.kind AS kind, [f IN e.facets WHERE f STARTS WITH 'f_sector_'][0] AS sector,
     [f IN e.facets WHERE f STARTS WITH 'f_naf_' AND size(f) = 9] AS divisions
RETURN commune, kind, sector, divisions, count(*) AS n
--- region entries grouped by kind only
// params {"region": "region:44"}
MATCH (e:DirectoryEntry {region: $region})
RETURN e.kind AS kind, count(*) AS n
--- region: actors expanded, items by category visible
// params {"region": "region:44", "visible": ["PUBLIC","MEMBERS","FACILITATORS"], "own": []}
MATCH (e:DirectoryEntry {region: $region})
MATCH (a:Actor {id: e.actorId})
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_EQUIPMENT]->(q:Equipment) WHERE q.visibility IN $visible OR a.id IN $own
  WITH q.category + CASE WHEN q.shared THEN '+' ELSE '-' END AS key WHERE key IS NOT NULL
  RETURN collect(key) AS equipment
}
CALL (a) {
  OPTIONAL MATCH (a)-[i:INTERESTED_IN]->(t:Topic) WHERE i.visibility IN $visible OR a.id IN $own
  RETURN collect(t.key) AS topics
}
CALL (a) {
  OPTIONAL MATCH (a)-[:FACES]->(p:Problem) WHERE p.visibility IN $visible OR a.id IN $own
  RETURN collect(p.category) AS problems
}
UNWIND equipment + [t IN topics | 't:' + t] + [p IN problems | 'p:' + p] AS key
RETURN key, count(*) AS n
--- region equipment by category index
// params {"region": "region:44", "visible": ["PUBLIC","MEMBERS","FACILITATORS"], "own": [], "categories": ["FURNACE_THERMAL","ENERGY","LOGISTICS_TRANSPORT","CHEMICAL_PROCESSING","RECYCLING_SORTING","DIGITAL_COMPUTING","MACHINING","LABORATORY"]}
UNWIND $categories AS category
MATCH (q:Equipment {category: category, region: $region})
WHERE q.visibility IN $visible OR EXISTS { (a:Actor)-[:HAS_EQUIPMENT]->(q) WHERE a.id IN $own }
RETURN category, q.shared AS shared, count(*) AS n
--- national division counts from degrees
MATCH (t:Trade) WHERE size(t.code) = 6
RETURN substring(t.code, 0, 2) AS division, sum(COUNT { (t)<-[:HAS_CORE_TRADE]-() }) AS n
--- departement entries grouped
// params {"dep": "departement:57"}
MATCH (e:DirectoryEntry {departement: $dep})
WITH e.commune AS commune, e.kind AS kind, [f IN e.facets WHERE f STARTS WITH 'f_sector_'][0] AS sector,
     [f IN e.facets WHERE f STARTS WITH 'f_naf_' AND size(f) = 9] AS divisions
RETURN commune, kind, sector, divisions, count(*) AS n
