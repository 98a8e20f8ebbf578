package org.maillage.workspace.graphql;

import java.util.List;

import org.maillage.core.Audited;
import org.maillage.workspace.Decision;
import org.maillage.workspace.Meeting;
import org.maillage.workspace.SharedDocument;
import org.maillage.workspace.Task;

/**
 * The workspace mutations' payloads. Each is filed in the audit trail under its group, where an administrator looks
 * for what happened in a workspace, and under the item itself.
 */
final class WorkspacePayloads {

	private WorkspacePayloads() {
	}

	record MeetingPayload(Meeting meeting) implements Audited {

		@Override
		public String auditTarget() {
			return this.meeting.groupId();
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.meeting.id());
		}

	}

	record DecisionPayload(Decision decision) implements Audited {

		@Override
		public String auditTarget() {
			return this.decision.groupId();
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.decision.id());
		}

	}

	record TaskPayload(Task task) implements Audited {

		@Override
		public String auditTarget() {
			return this.task.groupId();
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.task.id());
		}

	}

	record SharedDocumentPayload(SharedDocument document) implements Audited {

		@Override
		public String auditTarget() {
			return this.document.groupId();
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.document.id());
		}

	}

	/** The schema's {@code DeletePayload}: the id of the document link or useful effect taken out, in its group. */
	record RemovedItemPayload(String id, String groupId) implements Audited {

		@Override
		public String auditTarget() {
			return this.groupId;
		}

		@Override
		public List<String> otherAuditTargets() {
			return List.of(this.id);
		}

	}

}
