package org.maillage.matchmaking;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Need;
import org.maillage.core.Message;
import org.maillage.matchmaking.persistence.RankingRows.SharedPlace;

/**
 * The words of matchmaking: evidence, each signal's reason, the explanation's sentences, the proposals' reasons and
 * warnings, as {@link Message}s of the catalogue ({@code match.*}, {@code proposal.*}, {@code conglomerate.*}),
 * rendered in the reader's language by the API. Kept apart from the ranking so that wording never changes a score.
 */
final class MatchWording {

	private MatchWording() {
	}

	/** Why an item or fact meets a need: {@code match} is how the ranking found it (exact, related, text). */
	static Message evidence(EvidenceKind kind, String match, String label, Need need) {
		return switch (kind) {
			case CORE_TRADE -> switch (match) {
				case "exact" -> Message.of("match.evidence.trade.exact", label, need.value(), need.label());
				case "related" -> Message.of("match.evidence.trade.related", label, need.value(), need.label());
				default -> Message.of("match.evidence.trade.named", label, need.label());
			};
			case EQUIPMENT -> "exact".equals(match) ? Message.of("match.evidence.equipment.exact", label, need.label())
					: Message.of("match.evidence.equipment.text", label, need.label());
			case KNOW_HOW -> Message.of("match.evidence.knowHow", label, need.label());
			case TOPIC_INTEREST -> Message.of("match.evidence.topic", label);
			case DESCRIPTION -> Message.of("match.evidence.description", need.label());
		};
	}

	/**
	 * Evidence that does not count as the need met because the actor's words say little of the problem: a trade code
	 * or an item of the needed category alone (docs/matchmaking.md, rule 1).
	 */
	static Message fewWordsHint(Message detail) {
		return Message.of("match.evidence.hint.words", detail);
	}

	/** An actor's own description that uses one word only of a need of several: a hint, not the need met. */
	static Message oneWordHint(Message detail) {
		return Message.of("match.evidence.hint.description", detail);
	}

	/** A trade that serves only its surroundings ({@link TradeReach}), held further than its reach from the problem. */
	static Message beyondReach(String label, Need need, Integer reachKm) {
		return Message.of("match.evidence.trade.beyond", label, need.value(), need.label(), reachKm);
	}

	/**
	 * A text match, with the words it found and where, when they can be told: "propose le savoir-faire « … », dont la
	 * description emploie « recyclage », « aimants »".
	 */
	static Message textEvidence(EvidenceKind kind, String label, Need need, MatchedWords found) {
		if (found.field() == null) {
			return evidence(kind, "text", label, need);
		}
		String field = (kind == EvidenceKind.DESCRIPTION ? "match.field.actor." : "match.field.item.") + found.field();
		String key = switch (kind) {
			case KNOW_HOW -> "match.evidence.knowHow.words";
			case EQUIPMENT -> "match.evidence.equipment.words";
			default -> "match.evidence.description.words";
		};
		return Message.of(found.related() ? key + ".related" : key, label, need.label(), Message.of(field),
				quoted(found.words()));
	}

	static Message coverage(List<NeedCoverage> coverage, List<Need> needs) {
		if (needs.isEmpty()) {
			return Message.of("match.coverage.noNeed");
		}
		if (coverage.isEmpty()) {
			return Message.of("match.coverage.none", needs.size());
		}
		long full = coverage.stream().filter(covered -> covered.strength() >= 0.8).count();
		return Message.of("match.coverage.some", coverage.size(), needs.size(), full);
	}

	/** @param words the problem's words the actor's best texts use, quoted when there are any */
	static Message text(double score, List<String> words) {
		String key = score <= 0 ? "match.text.none" : score >= 0.5 ? "match.text.many" : "match.text.some";
		if (score > 0 && words.size() == 1) {
			// "many of the problem's words: « durée »" would say more than one word shows
			return Message.of("match.text.one.word", quoted(words));
		}
		return score > 0 && !words.isEmpty() ? Message.of(key + ".words", quoted(words)) : Message.of(key);
	}

	/**
	 * Text relevance turned round ("problems I could help with"): the problem's words that the actor's visible know-how
	 * and equipment names use, quoted from the problem's title when it has any.
	 */
	static Message helpText(double score, List<String> words) {
		if (score <= 0) {
			return Message.of("help.text.none");
		}
		if (!words.isEmpty()) {
			return Message.of("help.text.words", quoted(words));
		}
		return Message.of(score >= 0.5 ? "help.text.many" : "help.text.some");
	}

	/** Text relevance found through related words only: quoted as such, else said without words. */
	static Message relatedText(List<String> related, double score) {
		return related.isEmpty() ? text(score, List.of()) : Message.of("match.text.related.words", quoted(related));
	}

	static Message willingness(List<?> sharedTopics) {
		return sharedTopics.isEmpty() ? Message.of("match.willingness.none")
				: Message.of("match.willingness.some", quoted(sharedTopics));
	}

	static Message ties(List<?> sharedGroups) {
		return sharedGroups.isEmpty() ? Message.of("match.ties.none")
				: Message.of("match.ties.some", quoted(sharedGroups));
	}

	/**
	 * @param place the territory the actor shares with the problem's place, most local first (level, name); or null
	 * @param distanceKm null when either position is unknown
	 */
	static Message proximity(SharedPlace place, Double distanceKm, boolean furtherAfield) {
		if (distanceKm == null) {
			return Message.of("match.proximity.unknown");
		}
		long km = Math.round(distanceKm.doubleValue());
		if (furtherAfield) {
			return Message.of("match.proximity.afield", km);
		}
		Message distance = Message.of("match.proximity.distance", km);
		if (place == null) {
			return distance;
		}
		return Message.of("match.proximity.place", distance, Message.of("match.place." + place.level()), place.name());
	}

	/** The sentence for a need the actor meets, with its strongest evidence. */
	static Message need(NeedCoverage covered) {
		return Message.of(covered.need().essential() ? "match.need.essential" : "match.need", covered.need().label(),
				covered.evidence().get(0).detail());
	}

	/** A reason as a sentence of its own. */
	/** What facilitators' marks on other problems of the same category did to the score. */
	static Message marks(long approvals, long rejections, double adjustment) {
		return Message.of("match.marks", approvals, rejections, adjustment);
	}

	static Message sentence(Message reason) {
		return Message.of("match.sentence", reason);
	}

	static Message nothingSeen() {
		return Message.of("match.nothing");
	}

	private static String quoted(List<?> names) {
		return String.join(", ", names.stream().map(name -> "« " + name + " »").toList());
	}

}
