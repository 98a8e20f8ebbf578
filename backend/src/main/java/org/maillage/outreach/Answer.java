package org.maillage.outreach;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * An actor's answer to one question.
 *
 * @param question the question's position in the consultation, from 0
 * @param choices the choices made, for a SINGLE_CHOICE (one) or MULTIPLE_CHOICE (one or more) question
 * @param text the answer to a FREE_TEXT question
 */
public record Answer(int question, @Size(max = 20) List<String> choices, @Size(max = 4000) String text) {

	public Answer {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

}
