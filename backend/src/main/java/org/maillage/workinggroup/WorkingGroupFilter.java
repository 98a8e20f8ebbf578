package org.maillage.workinggroup;

import java.util.List;

/**
 * Filters of the list of working groups. Every filter given must hold; within a filter, any of its values will do.
 *
 * @param actor groups this actor takes part in or is invited to (or declined)
 * @param problem groups working on this problem, if the caller may see it
 */
public record WorkingGroupFilter(List<WorkingGroupKind> kinds, List<WorkingGroupStatus> statuses, String actor,
		String problem) {

	public static final WorkingGroupFilter NONE = new WorkingGroupFilter(null, null, null, null);

}
