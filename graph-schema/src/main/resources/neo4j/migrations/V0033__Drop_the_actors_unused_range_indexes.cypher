// The first directory (V0002) found actors by kind, sector and name through these range indexes. Since V0010 the
// directory reads DirectoryEntry nodes, and no statement of the service looks an actor up by its kind, sector or name
// (they filter actors found otherwise). Neo4j's own usage counts (SHOW INDEXES YIELD readCount) stayed at 0 for all
// three while the benchmark generated a 100,000-actor territory and ran its matchmaking rounds. Every actor written
// still paid for three index entries, one of them its name (docs/import.md, "Speed").
DROP INDEX actor_kind IF EXISTS;
DROP INDEX actor_sector IF EXISTS;
DROP INDEX actor_name IF EXISTS;
