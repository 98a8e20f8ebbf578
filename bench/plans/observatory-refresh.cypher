// The four passes of a refresh of the observatory's figures (observatory.persistence.FigureQueries) and the communes' places:
// run with PlanConsole (bench/README.md) to see what the database takes of a refresh.
--- actors
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
WITH c.id AS commune, a.kind AS kind, a.sector AS sector,
     [(a)-[:HAS_CORE_TRADE]->(t:Trade) | substring(t.code, 0, 2)] AS divisions
RETURN commune, kind, sector, divisions, count(*) AS n
--- equipment
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
MATCH (a)-[:HAS_EQUIPMENT]->(q:Equipment)
RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, q.visibility AS visibility,
       q.category AS category, coalesce(q.shared, true) AS shared, count(*) AS n
--- equipment holders
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
MATCH (a)-[:HAS_EQUIPMENT]->(q:Equipment)
WITH c.id AS commune, a, q.category AS category, collect(DISTINCT q.visibility) AS levels
RETURN commune, a.kind AS kind, a.sector AS sector, category,
       CASE WHEN 'PUBLIC' IN levels THEN 'PUBLIC' WHEN 'MEMBERS' IN levels THEN 'MEMBERS'
            WHEN 'FACILITATORS' IN levels THEN 'FACILITATORS' ELSE 'PRIVATE' END AS visibility,
       count(*) AS n
--- topics
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
MATCH (a)-[i:INTERESTED_IN]->(t:Topic)
RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, i.visibility AS visibility, t.key AS topic, count(*) AS n
--- places
MATCH (c:Commune)-[:PART_OF]->(d:Departement)-[:PART_OF]->(r:Region)
OPTIONAL MATCH (c)-[:PART_OF]->(e:Epci)
RETURN c.id AS commune, [id IN [e.id, d.id, r.id] WHERE id IS NOT NULL] AS places
--- problems
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
MATCH (a)-[:FACES]->(p:Problem)
RETURN c.id AS commune, a.kind AS kind, a.sector AS sector, p.visibility AS visibility,
       p.category AS category, coalesce(p.status, 'OPEN') AS status, count(*) AS n
