// A trade need counts for its nearest holders only, as equipment and topic needs have since V0013: at a million
// actors, reading every holder of a NAF division in the country to keep the 250 nearest was most of a ranking
// (docs/performance.md). Core-trade links now carry the trade's code and their actor's département and région
// (DirectoryEntries keeps them in step), and these indexes give a trade's holders in the problem's département, or its
// région, without reading the others.
CREATE INDEX core_trade_departement IF NOT EXISTS FOR ()-[r:HAS_CORE_TRADE]-() ON (r.trade, r.departement);
CREATE INDEX core_trade_region IF NOT EXISTS FOR ()-[r:HAS_CORE_TRADE]-() ON (r.trade, r.region);
MATCH (a:Actor)
CALL (a) {
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(d:Departement)
  OPTIONAL MATCH (d)-[:PART_OF]->(r:Region)
  WITH a, d.id AS departement, r.id AS region
  MATCH (a)-[link:HAS_CORE_TRADE]->(t:Trade)
  SET link.trade = t.code, link.departement = departement, link.region = region
} IN TRANSACTIONS OF 5000 ROWS;
