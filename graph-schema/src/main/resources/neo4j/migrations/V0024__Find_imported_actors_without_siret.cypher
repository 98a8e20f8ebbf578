// Actor files without SIRET (issue 12): an imported actor is found again by its name and commune, one actor per key
CREATE CONSTRAINT actor_import_key_unique IF NOT EXISTS FOR (a:Actor) REQUIRE a.importKey IS UNIQUE;
