// Full-text scores depend on statistics of the index searched (how rare a word is, how long texts are). Counted over
// items a caller may not see, they let hidden text move the scores a caller gets, and hidden hits take the places of
// visible ones in bounded lookups. Each audience gets indexes of exactly what it may see: actors (always public) and
// the items whose visibility admits it, marked by one label per audience (see org.maillage.core.TextAudience). The
// indexes of V0002 stay: administrators search them, and members search them for their own actors' items.
CREATE FULLTEXT INDEX directory_text_public IF NOT EXISTS
FOR (n:Actor|PublicText) ON EACH [n.name, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX directory_text_members IF NOT EXISTS
FOR (n:Actor|MembersText) ON EACH [n.name, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX directory_text_facilitators IF NOT EXISTS
FOR (n:Actor|FacilitatorsText) ON EACH [n.name, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX problem_text_public IF NOT EXISTS
FOR (n:PublicProblemText) ON EACH [n.title, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX problem_text_members IF NOT EXISTS
FOR (n:MembersProblemText) ON EACH [n.title, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX problem_text_facilitators IF NOT EXISTS
FOR (n:FacilitatorsProblemText) ON EACH [n.title, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};

// Mark the items already there, in batches so that a large directory does not need one huge transaction.
MATCH (i:KnowHow|Equipment) WHERE i.visibility = 'PUBLIC'
CALL (i) { SET i:PublicText:MembersText:FacilitatorsText } IN TRANSACTIONS OF 10000 ROWS;
MATCH (i:KnowHow|Equipment) WHERE i.visibility = 'MEMBERS'
CALL (i) { SET i:MembersText:FacilitatorsText } IN TRANSACTIONS OF 10000 ROWS;
MATCH (i:KnowHow|Equipment) WHERE i.visibility = 'FACILITATORS'
CALL (i) { SET i:FacilitatorsText } IN TRANSACTIONS OF 10000 ROWS;
MATCH (i:Problem) WHERE i.visibility = 'PUBLIC'
CALL (i) { SET i:PublicProblemText:MembersProblemText:FacilitatorsProblemText } IN TRANSACTIONS OF 10000 ROWS;
MATCH (i:Problem) WHERE i.visibility = 'MEMBERS'
CALL (i) { SET i:MembersProblemText:FacilitatorsProblemText } IN TRANSACTIONS OF 10000 ROWS;
MATCH (i:Problem) WHERE i.visibility = 'FACILITATORS'
CALL (i) { SET i:FacilitatorsProblemText } IN TRANSACTIONS OF 10000 ROWS;
