// The directory at a real territory's size (100k–1M actors). See docs/decisions/0019-directory-entries.md.
//
// One DirectoryEntry per actor holds everything the actor can be found by, split by who may see it: its name and
// description; the names and descriptions of its know-how and equipment, one text per visibility level; and facet
// tokens (kind, sector, every territory it lies in, every NAF level of its core trades) and, per visibility level,
// the tokens of its topics and equipment categories. The service keeps entries in step with every write
// (org.maillage.actor.persistence.DirectoryEntries) and fills them for actors that have none at start-up.
CREATE CONSTRAINT directory_entry_actor_unique IF NOT EXISTS FOR (e:DirectoryEntry) REQUIRE e.actorId IS UNIQUE;
// Default order of the directory: by name, read in index order a page at a time.
CREATE INDEX directory_entry_name IF NOT EXISTS FOR (e:DirectoryEntry) ON (e.name);

// One full-text index per audience, holding only the fields that audience may see (as V0009 did for items): a hidden
// text moves no score and a hidden facet matches nothing. Lucene intersects the facets of a filter in one lookup.
CREATE FULLTEXT INDEX directory_entry_public IF NOT EXISTS
FOR (e:DirectoryEntry) ON EACH [e.name, e.description, e.publicText, e.facets, e.publicFacets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX directory_entry_members IF NOT EXISTS
FOR (e:DirectoryEntry) ON EACH [e.name, e.description, e.publicText, e.membersText, e.facets, e.publicFacets,
  e.membersFacets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX directory_entry_facilitators IF NOT EXISTS
FOR (e:DirectoryEntry) ON EACH [e.name, e.description, e.publicText, e.membersText, e.facilitatorsText, e.facets,
  e.publicFacets, e.membersFacets, e.facilitatorsFacets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
// Administrators, and members for their own actors (found by their f_self_ facet).
CREATE FULLTEXT INDEX directory_entry_everyone IF NOT EXISTS
FOR (e:DirectoryEntry) ON EACH [e.name, e.description, e.publicText, e.membersText, e.facilitatorsText,
  e.privateText, e.facets, e.publicFacets, e.membersFacets, e.facilitatorsFacets, e.privateFacets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};

// Equipment and problems are searched the same way, in the text indexes of V0002 and V0009 (actors, know-how and
// equipment; problems), which gain the items' facets: category, status, the territories of their actor, and a token
// telling equipment from know-how. Neo4j cannot add a property to an index: each is dropped and created again, which
// rebuilds it (minutes at a million items, once). Matchmaking searches these indexes with plain words, which never
// match a facet token (see org.maillage.actor.persistence.Facets).
DROP INDEX directory_text IF EXISTS;
CREATE FULLTEXT INDEX directory_text IF NOT EXISTS
FOR (n:Actor|KnowHow|Equipment) ON EACH [n.name, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX directory_text_public IF EXISTS;
CREATE FULLTEXT INDEX directory_text_public IF NOT EXISTS
FOR (n:Actor|PublicText) ON EACH [n.name, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX directory_text_members IF EXISTS;
CREATE FULLTEXT INDEX directory_text_members IF NOT EXISTS
FOR (n:Actor|MembersText) ON EACH [n.name, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX directory_text_facilitators IF EXISTS;
CREATE FULLTEXT INDEX directory_text_facilitators IF NOT EXISTS
FOR (n:Actor|FacilitatorsText) ON EACH [n.name, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX problem_text IF EXISTS;
CREATE FULLTEXT INDEX problem_text IF NOT EXISTS
FOR (n:Problem) ON EACH [n.title, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX problem_text_public IF EXISTS;
CREATE FULLTEXT INDEX problem_text_public IF NOT EXISTS
FOR (n:PublicProblemText) ON EACH [n.title, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX problem_text_members IF EXISTS;
CREATE FULLTEXT INDEX problem_text_members IF NOT EXISTS
FOR (n:MembersProblemText) ON EACH [n.title, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
DROP INDEX problem_text_facilitators IF EXISTS;
CREATE FULLTEXT INDEX problem_text_facilitators IF NOT EXISTS
FOR (n:FacilitatorsProblemText) ON EACH [n.title, n.description, n.facets]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
// Listed by name (title) a page at a time in index order, when a filter matches too many to sort.
CREATE INDEX equipment_name IF NOT EXISTS FOR (n:Equipment) ON (n.name);
CREATE INDEX problem_title IF NOT EXISTS FOR (n:Problem) ON (n.title);

// How many actors declare an interest in each topic, per visibility level: the topic list is ordered by it, and
// counting a popular topic's interests at every request costs hundreds of milliseconds. Kept by the service at
// every change of an interest, under the topic's write lock.
MATCH (t:Topic)
CALL (t) {
  SET t.publicInterests = COUNT { (t)<-[i:INTERESTED_IN]-(:Actor) WHERE i.visibility = 'PUBLIC' },
      t.membersInterests = COUNT { (t)<-[i:INTERESTED_IN]-(:Actor) WHERE i.visibility = 'MEMBERS' },
      t.facilitatorsInterests = COUNT { (t)<-[i:INTERESTED_IN]-(:Actor) WHERE i.visibility = 'FACILITATORS' },
      t.privateInterests = COUNT { (t)<-[i:INTERESTED_IN]-(:Actor) WHERE i.visibility = 'PRIVATE' }
} IN TRANSACTIONS OF 1000 ROWS;
