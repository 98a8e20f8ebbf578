package org.maillage.outreach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.core.NotFoundException;
import org.maillage.outreach.Consultations.AnswerSheet;
import org.maillage.outreach.ConsultationResults.ChoiceCount;
import org.maillage.outreach.ConsultationResults.QuestionResult;
import org.maillage.outreach.ConsultationResults.TerritoryAnswers;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.stereotype.Service;

/**
 * Adds up a consultation's answers for its sender: per question, how many actors answered and how many chose each
 * choice; the same per département of the reached actors, with how many each holds, the most reached first. Free
 * texts are read page by page ({@link #texts}), never with their actor.
 */
@Service
public class ConsultationTally {

	private final Consultations consultations;

	private final Territories territories;

	ConsultationTally(Consultations consultations, Territories territories) {
		this.consultations = consultations;
		this.territories = territories;
	}

	/** The results, or null when the caller may not read them (anyone but the sender and administrators). */
	public ConsultationResults results(Consultation consultation) {
		if (!this.consultations.mayReadResults(consultation)) {
			return null;
		}
		List<AnswerSheet> sheets = this.consultations.answerSheets(consultation.id());
		Map<String, Long> reached = this.consultations.reachedByDepartement(consultation.id());
		Map<String, List<AnswerSheet>> byDepartement = new HashMap<>();
		sheets.forEach(sheet -> byDepartement.computeIfAbsent(sheet.departement(), key -> new ArrayList<>()).add(sheet));
		Map<String, Territory> known = this.territories.byIds(reached.keySet().stream().filter(id -> id != null).toList());
		List<TerritoryAnswers> byTerritory = reached.entrySet()
			.stream()
			.filter(entry -> known.containsKey(entry.getKey()))
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> {
				List<AnswerSheet> here = byDepartement.getOrDefault(entry.getKey(), List.of());
				return new TerritoryAnswers(known.get(entry.getKey()), entry.getValue(), here.size(),
						questions(consultation, here));
			})
			.toList();
		return new ConsultationResults(consultation.id(), consultation.reached(), sheets.size(),
				questions(consultation, sheets), byTerritory);
	}

	/** The free-text answers to one question, in the order they came, from {@code offset}. */
	public List<String> texts(String consultationId, int question, long offset, int limit) {
		Consultation consultation = this.consultations.get(consultationId);
		if (!this.consultations.mayReadResults(consultation)) {
			throw new NotFoundException("consultation", consultationId);
		}
		return this.consultations.answerSheets(consultationId)
			.stream()
			.flatMap(sheet -> sheet.answers().stream())
			.filter(answer -> answer.question() == question && answer.text() != null)
			.map(Answer::text)
			.skip(offset)
			.limit(limit)
			.toList();
	}

	private static List<QuestionResult> questions(Consultation consultation, List<AnswerSheet> sheets) {
		List<QuestionResult> results = new ArrayList<>();
		for (int index = 0; index < consultation.questions().size(); index++) {
			Question question = consultation.questions().get(index);
			Map<String, Long> chosen = new LinkedHashMap<>();
			question.choices().forEach(choice -> chosen.put(choice, 0L));
			long answered = 0;
			for (AnswerSheet sheet : sheets) {
				for (Answer answer : sheet.answers()) {
					if (answer.question() == index) {
						answered++;
						answer.choices().forEach(choice -> chosen.computeIfPresent(choice, (key, n) -> n + 1));
					}
				}
			}
			results.add(new QuestionResult(consultation.id(), index, question, answered,
					chosen.entrySet().stream().map(entry -> new ChoiceCount(entry.getKey(), entry.getValue())).toList()));
		}
		return results;
	}

}
