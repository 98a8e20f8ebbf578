package org.maillage.importing;

import org.maillage.actor.PublicRecord;
import org.maillage.core.Message;

/** A line's record, or why it has none. */
record CheckedRecord(PublicRecord record, Message rejection) {

	static CheckedRecord accepted(PublicRecord record) {
		return new CheckedRecord(record, null);
	}

	static CheckedRecord rejected(Message reason) {
		return new CheckedRecord(null, reason);
	}

}
