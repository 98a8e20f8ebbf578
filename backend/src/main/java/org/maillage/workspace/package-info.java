/**
 * The workspace of a working group or conglomerate: its meetings, decisions, tasks and shared documents, which only
 * the members of its accepted participants, facilitators and administrators read and write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Group workspace")
package org.maillage.workspace;
