// An equipment list filtered by one département or région, or a problem list, was read from the (name, id) index,
// each item checked for its place, or sorted from the full-text lookup: a département holds about 1 % of the
// equipment, so a page of 20 read some 2,000 items, or more than 4,000 matches were looked up in vain before the
// walk (33.4 ms p95 for a département's equipment at 1,000,000 actors, 11.9 ms at 100,000; docs/performance.md).
// Equipment and problems carry their actor's département and région (V0013, V0035; kept by DirectoryEntries.REFRESH):
// these indexes give a place's items in name order, as V0017 does for directory entries (FacetedSearch, "anchor").
CREATE INDEX equipment_departement_name_id IF NOT EXISTS FOR (n:Equipment) ON (n.departement, n.name, n.id);
CREATE INDEX equipment_region_name_id IF NOT EXISTS FOR (n:Equipment) ON (n.region, n.name, n.id);
CREATE INDEX problem_departement_title_id IF NOT EXISTS FOR (n:Problem) ON (n.departement, n.title, n.id);
CREATE INDEX problem_region_title_id IF NOT EXISTS FOR (n:Problem) ON (n.region, n.title, n.id);
