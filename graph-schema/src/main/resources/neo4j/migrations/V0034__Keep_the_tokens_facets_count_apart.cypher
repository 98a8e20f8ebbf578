// An actor list's facets count its matches' kinds, sectors, NAF sections and divisions, départements and EPCIs.
// They were read from each entry's `facets`, which also holds every token the directory filters by: communes,
// régions, NAF groups, classes and subclasses, the actor itself, its day of confirmation (15 tokens on average at
// 100,000 actors, 6 of them counted). Counting a text search's 10,000 matches read and checked them all: 77 ms of
// a request whose page takes 18. Entries now keep the counted tokens apart, in `counted`, written with the entry
// (DirectoryEntries.REFRESH, through Facets.counted: the same predicate as below). Facets counted from them: 46–51 ms
// (PlanConsole on the 100,000-actor benchmark store, 2026-12-04; docs/observatory.md, "What facets cost").
MATCH (e:DirectoryEntry)
CALL (e) {
  SET e.counted = [token IN coalesce(e.facets, []) WHERE token STARTS WITH 'f_kind_' OR token STARTS WITH 'f_sector_'
    OR token STARTS WITH 'f_place_departement_' OR token STARTS WITH 'f_place_epci_'
    OR (token STARTS WITH 'f_naf_' AND size(token) <= 9)]
} IN TRANSACTIONS OF 10000 ROWS;
