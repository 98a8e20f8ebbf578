// The total of an equipment or problem list filtered by one category, département or région was counted from the
// full-text lookup, which scores every match before it gives the first 10,001: 9.6 ms for one problem category's
// 6,561 public problems at 1,000,000 actors (2.4 ms for its 621 at 100,000), 5.1 ms for a département's 7,669
// equipment. With the item's visibility beside the category or place, the count reads index entries only, the levels
// the caller sees one seek each: 2.6 and 0.9 ms (FacetedSearch, "counted by index"; docs/performance.md).
CREATE INDEX equipment_category_visibility IF NOT EXISTS FOR (n:Equipment) ON (n.category, n.visibility);
CREATE INDEX equipment_departement_visibility IF NOT EXISTS FOR (n:Equipment) ON (n.departement, n.visibility);
CREATE INDEX equipment_region_visibility IF NOT EXISTS FOR (n:Equipment) ON (n.region, n.visibility);
CREATE INDEX problem_category_visibility IF NOT EXISTS FOR (n:Problem) ON (n.category, n.visibility);
CREATE INDEX problem_departement_visibility IF NOT EXISTS FOR (n:Problem) ON (n.departement, n.visibility);
CREATE INDEX problem_region_visibility IF NOT EXISTS FOR (n:Problem) ON (n.region, n.visibility);
