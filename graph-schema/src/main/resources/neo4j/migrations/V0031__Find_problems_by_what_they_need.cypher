// "Problems I could help with" (matchmaking's HelpQueries) goes from an actor's capabilities to the problems that
// need them: its trades and their broader codes, the categories of the equipment it shares and its topics are each
// looked up as a need's (kind, value); the words of its know-how and equipment in the words of know-how needs. Without
// these indexes every Need node (problems' and value-chain steps') would be read for each of them.
CREATE INDEX need_kind_value IF NOT EXISTS FOR (n:Need) ON (n.kind, n.value);
CREATE FULLTEXT INDEX need_text IF NOT EXISTS FOR (n:Need) ON EACH [n.value]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
