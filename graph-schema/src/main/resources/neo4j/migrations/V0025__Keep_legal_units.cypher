// SIRENE legal units (issue 12), imported from their own file: found by SIREN when their establishments are imported
CREATE CONSTRAINT legal_unit_siren_unique IF NOT EXISTS FOR (u:LegalUnit) REQUIRE u.siren IS UNIQUE;
