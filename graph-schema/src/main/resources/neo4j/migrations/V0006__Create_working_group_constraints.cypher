// Working groups and conglomerates are found by id, and listed by status.
CREATE CONSTRAINT working_group_id_unique IF NOT EXISTS FOR (n:WorkingGroup) REQUIRE n.id IS UNIQUE;
CREATE INDEX working_group_status IF NOT EXISTS FOR (n:WorkingGroup) ON (n.status);
