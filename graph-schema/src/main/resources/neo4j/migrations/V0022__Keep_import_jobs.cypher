// Bulk imports (issue 12): one node per job, found by id, and its rejected lines, read in file order
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_rejection_line IF NOT EXISTS FOR (r:ImportRejection) ON (r.job, r.line);
CREATE INDEX import_job_status IF NOT EXISTS FOR (j:ImportJob) ON (j.status);
