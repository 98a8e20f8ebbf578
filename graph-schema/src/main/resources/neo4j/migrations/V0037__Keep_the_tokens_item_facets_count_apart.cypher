// Equipment and problem lists' facets count their matches' categories, statuses, départements and EPCIs. They were
// read from each item's `facets`, which also holds every token the directory filters it by (the item kind, the actor
// itself, its commune and région): about twice as many, each checked against the asked facets' prefixes. Items now
// keep the counted tokens apart, in `counted`, as entries do since V0034, written with the item
// (DirectoryEntries.REFRESH, through Facets.itemCounted: the same predicate as below).
MATCH (item:Item) WHERE item:Equipment OR item:Problem
CALL (item) {
  SET item.counted = [token IN coalesce(item.facets, []) WHERE token STARTS WITH 'f_equipment_'
    OR token STARTS WITH 'f_problem_' OR token STARTS WITH 'f_status_'
    OR token STARTS WITH 'f_place_departement_' OR token STARTS WITH 'f_place_epci_']
} IN TRANSACTIONS OF 10000 ROWS;
