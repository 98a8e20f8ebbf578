// The experiment before V0041, kept as it was measured (docs/observatory.md, "A text search's facets read numbers").
// Run on a COPY of a bench store of before V0041 only: adds FacetCode nodes and a publicCodes property to every entry.
// A store since V0041 has them from the service (actor.persistence.FacetCodes).
--- code index
CREATE INDEX code_token IF NOT EXISTS FOR (c:FacetCode) ON (c.token)
--- codes
MATCH (e:DirectoryEntry) UNWIND e.counted + coalesce(e.publicFacets, []) AS token
WITH DISTINCT token ORDER BY token
WITH collect(token) AS tokens
UNWIND range(0, size(tokens) - 1) AS i
MERGE (c:FacetCode {token: tokens[i]}) SET c.code = i
RETURN count(*) AS codes
--- entries
MATCH (e:DirectoryEntry)
SET e.publicCodes = [t IN e.counted + coalesce(e.publicFacets, []) | COLLECT { MATCH (c:FacetCode {token: t}) RETURN c.code }[0]]
RETURN count(*) AS entries
