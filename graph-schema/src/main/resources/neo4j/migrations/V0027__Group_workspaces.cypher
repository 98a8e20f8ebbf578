// Groups' workspaces (issue 13): meetings, decisions, tasks and shared documents, each found by id; a group's lists
// are read from the group along OF_GROUP, so they need no index of their own
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT shared_document_id IF NOT EXISTS FOR (s:SharedDocument) REQUIRE s.id IS UNIQUE;
