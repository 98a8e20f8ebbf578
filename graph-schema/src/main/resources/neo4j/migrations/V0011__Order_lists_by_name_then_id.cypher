// Lists read in name order (directory entries, equipment, problems) break ties by id. Many items share a name (every
// "Centre d'usinage 5 axes"), and an index on the name alone gives equal names in no particular order: the planner
// then reads every node of a name to sort them by id (13,000 index entries for a page of 20 equipment at 100,000
// actors). A composite index on (name, id) gives the rows in the list's exact order, so a page reads its own rows.
DROP INDEX directory_entry_name IF EXISTS;
CREATE INDEX directory_entry_name_id IF NOT EXISTS FOR (e:DirectoryEntry) ON (e.name, e.actorId);
DROP INDEX equipment_name IF EXISTS;
CREATE INDEX equipment_name_id IF NOT EXISTS FOR (n:Equipment) ON (n.name, n.id);
DROP INDEX problem_title IF EXISTS;
CREATE INDEX problem_title_id IF NOT EXISTS FOR (n:Problem) ON (n.title, n.id);
// One category of equipment or problems, listed by name: names follow categories, so the name index would read
// thousands of other categories' items before a page of this one; this index reads the page itself.
CREATE INDEX equipment_category_name_id IF NOT EXISTS FOR (n:Equipment) ON (n.category, n.name, n.id);
CREATE INDEX problem_category_title_id IF NOT EXISTS FOR (n:Problem) ON (n.category, n.title, n.id);
