// People are tied to the sign-in service's subject; one node per subject.
CREATE CONSTRAINT person_subject_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.subject IS UNIQUE;
CREATE INDEX person_email IF NOT EXISTS FOR (n:Person) ON (n.email);
