// Spring Data Neo4j matches an entity by its primary label (MATCH (n:KnowHow) WHERE n.id = $id): without an index
// on that label's id every save or load of an item would scan all items of its kind.
CREATE CONSTRAINT know_how_id_unique IF NOT EXISTS FOR (n:KnowHow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT equipment_id_unique IF NOT EXISTS FOR (n:Equipment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT problem_id_unique IF NOT EXISTS FOR (n:Problem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_point_id_unique IF NOT EXISTS FOR (n:ContactPoint) REQUIRE n.id IS UNIQUE;
