// Identity of every node kind: one node per id or code. Each constraint also backs a lookup index.
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_siret_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.siret IS UNIQUE;
// Know-how, equipment, problems and contact points all carry the label Item besides their own: one id space,
// so an item is found by id alone whatever its kind.
CREATE CONSTRAINT item_id_unique IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_key_unique IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT trade_code_unique IF NOT EXISTS FOR (n:Trade) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT territory_id_unique IF NOT EXISTS FOR (n:Territory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reference_data_name_unique IF NOT EXISTS FOR (n:ReferenceData) REQUIRE n.name IS UNIQUE;
