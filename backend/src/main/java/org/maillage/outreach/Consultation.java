package org.maillage.outreach;

import java.time.Instant;
import java.util.List;

/**
 * A short questionnaire sent to the actors of a segment that consented to be contacted.
 *
 * @param reached how many actors it was sent to
 * @param answered how many of them answered
 */
public record Consultation(String id, String title, String introduction, List<Question> questions, Instant closesAt,
		Instant createdAt, String senderId, String senderName, String segmentName, long reached, long answered) {

	public boolean open(Instant now) {
		return now.isBefore(this.closesAt);
	}

}
