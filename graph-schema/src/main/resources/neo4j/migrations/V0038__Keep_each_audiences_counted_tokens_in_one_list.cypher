// A facilitator's or a member's facets of an actor list counted, for each match, its entry's `counted` tokens and
// those of each level it sees (publicFacets, membersFacets, facilitatorsFacets), merged so that an equipment category
// at two levels counts once: three lists read and merged for each of up to 10,000 matches, a third of the count
// (PlanConsole on the 100,000-actor store, 2026-12-05: 41.6 ms against 28.6 for one list). Entries now keep, for
// the members' and the facilitators' audiences, those tokens in one list each, written with the entry
// (DirectoryEntries.audienceCounted: the same expressions as below).
MATCH (e:DirectoryEntry)
CALL (e) {
  SET e.membersCounted = coalesce(e.counted, []) + reduce(tokens = [], token IN coalesce(e.publicFacets, [])
        + coalesce(e.membersFacets, []) | CASE WHEN token IN tokens THEN tokens ELSE tokens + token END),
      e.facilitatorsCounted = coalesce(e.counted, []) + reduce(tokens = [], token IN coalesce(e.publicFacets, [])
        + coalesce(e.membersFacets, []) + coalesce(e.facilitatorsFacets, [])
        | CASE WHEN token IN tokens THEN tokens ELSE tokens + token END)
} IN TRANSACTIONS OF 10000 ROWS;
