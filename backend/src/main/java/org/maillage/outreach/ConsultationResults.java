package org.maillage.outreach;

import java.util.List;

import org.maillage.territory.Territory;

/**
 * What the answers of a consultation say, added up: per question, and per département of the reached actors.
 * Free-text answers are listed without their actor.
 */
public record ConsultationResults(String consultationId, long reached, long answered, List<QuestionResult> questions,
		List<TerritoryAnswers> byTerritory) {

	/**
	 * @param answered how many actors answered this question
	 * @param choices how many chose each choice, in the question's order (none for FREE_TEXT)
	 */
	public record QuestionResult(String consultationId, int index, Question question, long answered,
			List<ChoiceCount> choices) {
	}

	public record ChoiceCount(String choice, long count) {
	}

	/** The answers of one département's reached actors. */
	public record TerritoryAnswers(Territory territory, long reached, long answered, List<QuestionResult> questions) {
	}

}
