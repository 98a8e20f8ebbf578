--- the problem's words, a long OR query (the slowest problem of bench/matchmaking.sh 100000 --profile=slowest)
// params {"query": "trouver^2 fournisseur^2 local^2 emballages^2 viennent asie cherchons fabricant région si possible recyclable site pierry 113 salariés"}
CALL db.index.fulltext.queryNodes('directory_text_public', $query, {limit: 500}) YIELD node, score
RETURN count(node) AS hits
--- the title's words only
// params {"query": "trouver^2 fournisseur^2 local^2 emballages^2"}
CALL db.index.fulltext.queryNodes('directory_text_public', $query, {limit: 500}) YIELD node, score
RETURN count(node) AS hits
--- one know-how need
// params {"query": "emballages recyclables"}
CALL db.index.fulltext.queryNodes('directory_text_public', $query, {limit: 300}) YIELD node, score
RETURN count(node) AS hits
