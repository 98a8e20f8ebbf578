// The recurring problems of a région or a département were found by walking its communes, their actors and each
// actor's relationships to reach its problems: 180,374 actors and 1.5 million database hits for the 20,341 open
// problems of Île-de-France at 1,000,000 actors, 0.9 s of the 1.0–1.3 s the view took there (PlanConsole,
// 2026-12-04; docs/observatory.md, "Speed"). Problems now carry their actor's département and région, kept in step
// by DirectoryEntries.REFRESH as equipment's are (V0013), and these indexes give a place's problems directly.
CREATE INDEX problem_departement IF NOT EXISTS FOR (p:Problem) ON (p.departement);
CREATE INDEX problem_region IF NOT EXISTS FOR (p:Problem) ON (p.region);
MATCH (a:Actor)-[:FACES]->(p:Problem)
CALL (a, p) {
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
  OPTIONAL MATCH (d)-[:PART_OF]->(r:Region)
  SET p.departement = d.id, p.region = r.id
} IN TRANSACTIONS OF 10000 ROWS;
