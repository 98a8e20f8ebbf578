/**
 * Runs the graph database: Neo4j embedded in this JVM when no server is configured, and the versioned schema
 * migrations of the graph-schema module on whichever database is used.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.maillage.database;
