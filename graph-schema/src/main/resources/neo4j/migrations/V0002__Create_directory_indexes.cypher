// Full-text search with French stemming: actors are found by their own words and by those of their know-how
// and equipment (the directory query maps an item hit back to its actor, after checking the item's visibility).
CREATE FULLTEXT INDEX directory_text IF NOT EXISTS
FOR (n:Actor|KnowHow|Equipment) ON EACH [n.name, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX problem_text IF NOT EXISTS
FOR (n:Problem) ON EACH [n.title, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX trade_text IF NOT EXISTS
FOR (n:Trade) ON EACH [n.label]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
// Place names are searched without stemming but with accents folded ("Vandoeuvre" finds "Vandœuvre").
CREATE FULLTEXT INDEX territory_text IF NOT EXISTS
FOR (n:Territory) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Directory filters and their default order.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_sector IF NOT EXISTS FOR (n:Actor) ON (n.sector);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX equipment_category IF NOT EXISTS FOR (n:Equipment) ON (n.category);
CREATE INDEX problem_category IF NOT EXISTS FOR (n:Problem) ON (n.category);
CREATE INDEX problem_status IF NOT EXISTS FOR (n:Problem) ON (n.status);
CREATE INDEX trade_level IF NOT EXISTS FOR (n:Trade) ON (n.level);
CREATE INDEX territory_level IF NOT EXISTS FOR (n:Territory) ON (n.level);
CREATE INDEX territory_code IF NOT EXISTS FOR (n:Territory) ON (n.code);

// Distance queries (proximity, "actors within 20 km").
CREATE POINT INDEX actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location);
