package org.maillage.workspace;

/** The workspace of one group, given only to a caller who may work in it; its lists are read field by field. */
public record Workspace(String groupId) {
}
