package org.maillage.workinggroup.graphql;

import org.maillage.core.Audited;
import org.maillage.workinggroup.WorkingGroup;

/** What every working-group mutation answers: the group as it is after the change, the audit trail's target. */
record WorkingGroupPayload(WorkingGroup workingGroup) implements Audited {

	@Override
	public String auditTarget() {
		return this.workingGroup.id();
	}

}
