// A text search's facets read, for each of up to 10,000 matches, its entry's counted tokens: strings kept apart
// from the entry's record, two thirds of the count (PlanConsole on the 100,000-actor store, 2026-12-05: the facets
// statement of « fabrication » 40.2 ms with strings, 14.5 ms with small numbers). Each token now gets a number once
// (FacetCode), and each entry holds its tokens' numbers per audience (publicCodes, membersCodes, facilitatorsCodes),
// written with the entry from the numbers already given (DirectoryEntries.REFRESH). Numbers are given in the
// background (actor.persistence.FacetCodes) to the entries labelled AwaitingCodes: every entry of before, here.
CREATE CONSTRAINT facet_code_token_unique IF NOT EXISTS FOR (n:FacetCode) REQUIRE n.token IS UNIQUE;
CREATE CONSTRAINT facet_code_code_unique IF NOT EXISTS FOR (n:FacetCode) REQUIRE n.code IS UNIQUE;
MATCH (e:DirectoryEntry)
CALL (e) {
  SET e:AwaitingCodes
} IN TRANSACTIONS OF 10000 ROWS;
