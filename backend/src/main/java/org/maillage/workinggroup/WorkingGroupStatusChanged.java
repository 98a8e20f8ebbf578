package org.maillage.workinggroup;

/**
 * A facilitator moved a group forward: published in the transaction of the change.
 *
 * @param groupId the group
 * @param status its new status
 */
public record WorkingGroupStatusChanged(String groupId, WorkingGroupStatus status) {
}
