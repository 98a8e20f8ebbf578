--- strings: read public tokens of 10,000 matches
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
WITH collect(node) AS hits
UNWIND hits[0..10000] AS e
RETURN sum(size(e.counted + coalesce(e.publicFacets, []))) AS total
--- codes: read public codes of 10,000 matches
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
WITH collect(node) AS hits
UNWIND hits[0..10000] AS e
RETURN sum(size(e.publicCodes)) AS total
--- strings: the facets statement
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
WITH collect(node) AS hits
CALL (hits) {
  UNWIND hits[0..10000] AS e
  UNWIND e.counted + coalesce(e.publicFacets, []) AS token
  WITH token, count(*) AS n
  RETURN collect({token: token, n: n}) AS counts
}
RETURN size(hits) AS matches, size(counts) AS c
--- codes: the facets statement
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
WITH collect(node) AS hits
CALL (hits) {
  UNWIND hits[0..10000] AS e
  UNWIND e.publicCodes AS code
  WITH code, count(*) AS n
  RETURN collect({code: code, n: n}) AS counts
}
RETURN size(hits) AS matches, size(counts) AS c
--- lookup only
// params {"query": "+(name:fabrication description:fabrication publicText:fabrication)"}
CALL db.index.fulltext.queryNodes('directory_entry_public', $query, {limit: 10001}) YIELD node
WITH collect(node) AS hits
UNWIND hits[0..10000] AS e
RETURN count(e) AS total
--- sizes
MATCH (e:DirectoryEntry) WITH e LIMIT 5 RETURN e.publicCodes AS codes, size(e.publicCodes) AS n
--- code range
MATCH (c:FacetCode) RETURN count(c) AS codes, max(c.code) AS top
