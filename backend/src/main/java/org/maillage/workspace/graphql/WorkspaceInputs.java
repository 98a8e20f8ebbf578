package org.maillage.workspace.graphql;

import java.util.List;

import org.maillage.workspace.MeetingDetails;
import org.maillage.workspace.TaskDetails;
import org.maillage.workspace.TaskStatus;

/** The workspace mutations' input types, as the schema declares them. */
final class WorkspaceInputs {

	private WorkspaceInputs() {
	}

	record ScheduleMeetingInput(String groupId, String startsAt, String place, String videoLink, String agenda,
			String minutes, List<String> attendees) {

		MeetingDetails details() {
			return new MeetingDetails(this.startsAt, this.place, this.videoLink, this.agenda, this.minutes,
					this.attendees);
		}

	}

	record UpdateMeetingInput(String id, long version, String startsAt, String place, String videoLink,
			String agenda, String minutes, List<String> attendees) {

		MeetingDetails details() {
			return new MeetingDetails(this.startsAt, this.place, this.videoLink, this.agenda, this.minutes,
					this.attendees);
		}

	}

	record RecordDecisionInput(String groupId, String text, String decidedOn, String meetingId) {
	}

	record AddTaskInput(String groupId, String title, String responsibleActor, String responsiblePerson,
			String dueOn, TaskStatus status) {

		TaskDetails details() {
			return new TaskDetails(this.title, this.responsibleActor, this.responsiblePerson, this.dueOn, this.status);
		}

	}

	record UpdateTaskInput(String id, long version, String title, String responsibleActor, String responsiblePerson,
			String dueOn, TaskStatus status) {

		TaskDetails details() {
			return new TaskDetails(this.title, this.responsibleActor, this.responsiblePerson, this.dueOn, this.status);
		}

	}

	record ShareDocumentInput(String groupId, String title, String url) {
	}

	record RemoveSharedDocumentInput(String id) {
	}

}
