// A need many actors meet (a popular topic, a common kind of equipment) counts for the nearest of them only
// (MatchQueries.RANKING). Reading every holder to keep the 500 nearest took most of a ranking at 100,000 actors:
// 19,552 workshops, 15,363 interests in one topic (docs/performance.md). Equipment and topic interests now carry their
// actor's département and région (DirectoryEntries keeps them in step), and these indexes give a need's holders in
// the problem's département, or its région, without reading the others.
CREATE INDEX equipment_category_departement IF NOT EXISTS FOR (e:Equipment) ON (e.category, e.departement);
CREATE INDEX equipment_category_region IF NOT EXISTS FOR (e:Equipment) ON (e.category, e.region);
CREATE INDEX interest_topic_departement IF NOT EXISTS FOR ()-[i:INTERESTED_IN]-() ON (i.topic, i.departement);
CREATE INDEX interest_topic_region IF NOT EXISTS FOR ()-[i:INTERESTED_IN]-() ON (i.topic, i.region);
MATCH (a:Actor)
CALL (a) {
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
  OPTIONAL MATCH (d)-[:PART_OF]->(r:Region)
  WITH a, d.id AS departement, r.id AS region
  CALL (a, departement, region) {
    MATCH (a)-[:HAS_EQUIPMENT]->(e:Equipment)
    SET e.departement = departement, e.region = region
  }
  CALL (a, departement, region) {
    MATCH (a)-[i:INTERESTED_IN]->(t:Topic)
    SET i.topic = t.key, i.departement = departement, i.region = region
  }
} IN TRANSACTIONS OF 5000 ROWS;
