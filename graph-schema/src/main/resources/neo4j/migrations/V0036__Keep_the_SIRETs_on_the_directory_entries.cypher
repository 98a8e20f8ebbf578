// A territory's roll (likely duplicates) read its entries, then each entry's actor for its SIRET and previous SIRETs:
// 37,998 index seeks for the Nord at 1,000,000 actors, 345 ms where the entries alone take 67 ms (PlanConsole,
// 2026-12-04; docs/import.md, "Duplicates"). Entries now carry them, kept in step by DirectoryEntries.REFRESH; these
// are public whatever the actor's items' visibility, like its name and commune.
MATCH (a:Actor) WHERE a.siret IS NOT NULL OR a.previousSirets IS NOT NULL
CALL (a) {
  MATCH (e:DirectoryEntry {actorId: a.id})
  SET e.siret = a.siret, e.previousSirets = a.previousSirets
} IN TRANSACTIONS OF 10000 ROWS;
