package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.actor.ProblemCategory;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.TextQuery;
import org.maillage.matchmaking.persistence.HelpQueries;
import org.maillage.matchmaking.persistence.HelpQueries.CandidateProblem;
import org.maillage.matchmaking.persistence.HelpQueries.Helper;
import org.maillage.matchmaking.persistence.HelpQueries.OwnItem;
import org.maillage.matchmaking.persistence.HelpQueries.OwnTrade;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.matchmaking.persistence.RankingRows.EvidenceWords;
import org.maillage.matchmaking.persistence.RankingRows.TopicName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Problems I could help with": for an actor, the open problems of other actors that its capabilities meet, ranked
 * with the signals, weights, evidence and words of {@link Matchmaking} (docs/matchmaking.md, "Problems I could help
 * with"). Both directions are seen through the caller's eyes inside the Cypher ({@link HelpQueries}): only problems the
 * caller may see, and only capabilities of the actor the caller may see (all of them for its members), so nothing
 * hidden is named or counted.
 */
@Service
@Transactional(readOnly = true)
public class ProblemsToHelpWith {

	/** At most this many capabilities (trade codes, equipment categories, topics) lead to problems' needs. */
	static final int MAX_ANCHORS = 40;

	/** At most this many problems found by the actor's words. */
	static final int TEXT_HITS = 300;

	/** At most this many know-how needs found by the actor's words (each leads to its problem). */
	static final int NEED_HITS = 1000;

	/**
	 * At most this many problems that state no need get their needs inferred (the best found by words): inferring
	 * takes two queries for each (the trade nomenclature's index, the topics). The others are still listed by their
	 * words, as when no need can be inferred.
	 */
	static final int INFERRED_AT_MOST = 10;

	/** A know-how item's, equipment's and description's worth as evidence, as in the ranking. */
	private static final double KNOW_HOW = 0.9;

	private static final double EQUIPMENT = 0.8;

	private static final double DESCRIPTION = 0.6;

	/**
	 * A trade code or an equipment category alone meets a need only when the problem's title and description use at
	 * least this many of the actor's words (its visible items' names and descriptions, its own description), else it
	 * is a hint: the ranking's floors (docs/matchmaking.md, "Problems I could help with") read the other way round, where
	 * no other candidate actor's words are there to weigh them against. One word in common is no evidence, as
	 * everywhere in the matchmaking. Measured on sixteen sets kept apart (labelled actors offered the problem they are
	 * labelled for among their first five): labelled decoys offered it 325 → 278, core actors 332 → 330 of 380; at
	 * three, 266 decoys and the same core actors, but a relevant one lost, and terse problems would lose more.
	 */
	static final int WORDS_IN_COMMON = 2;

	/** A trade held beyond its reach ({@link TradeReach}): a hint, worth a neighbouring trade in the ranking. */
	private static final double BEYOND_REACH = 0.4;

	private final HelpQueries queries;

	private final ReadScopes scopes;

	private final MatchWeights weights;

	private final Thesaurus thesaurus;

	private final NeedInference inference;

	private final TermRarity rarity;

	private final RegionNeighbourhoods neighbourhoods;

	private final int perAnchor;

	private final int shortlist;

	private final double halfDistanceKm;

	private final double localKm;

	ProblemsToHelpWith(HelpQueries queries, MatchQueries matchQueries, ReadScopes scopes,
			MatchmakingProperties properties, TermRarity rarity, RegionNeighbourhoods neighbourhoods) {
		this.queries = queries;
		this.neighbourhoods = neighbourhoods;
		this.scopes = scopes;
		this.rarity = rarity;
		this.weights = properties.weights();
		this.thesaurus = properties.thesaurus() ? Thesaurus.french() : Thesaurus.NONE;
		this.inference = new NeedInference(matchQueries, this.thesaurus, properties.inferenceThreshold());
		this.perAnchor = properties.candidatesPerNeed();
		this.shortlist = properties.shortlist();
		this.halfDistanceKm = properties.proximityHalfDistanceKm();
		this.localKm = properties.localKm();
	}

	/**
	 * The open problems of other actors that this actor could help with, as the caller may see both.
	 *
	 * @param categories only problems of these categories; null for all
	 */
	public ProblemMatches forActor(String actorId, List<ProblemCategory> categories, PageRequest page) {
		ReadScope scope = this.scopes.current();
		Helper helper = this.queries.helper(actorId, scope).orElseThrow(() -> new NotFoundException("actor", actorId));
		List<String> words = wordsOf(helper);
		List<String> ownWords = needWordsOf(helper);
		List<CandidateProblem> candidates = this.queries
			.candidates(parameters(helper, words, ownWords, categories, scope));
		Set<String> inferred = inferredFor(candidates);
		Map<String, Integer> inCommon = wordsInCommon(ownWords, candidates);
		Map<MatchSignal, Double> shares = this.weights.normalised();
		List<Ranked> ranked = new ArrayList<>();
		for (CandidateProblem candidate : candidates) {
			Ranked one = rank(helper, words, candidate, inferred.contains(candidate.id()),
					new Words(inCommon.get(candidate.id()), !ownWords.isEmpty() && candidate.description() != null
							&& !candidate.description().isBlank()),
					shares);
			if (one != null) {
				ranked.add(one);
			}
		}
		ranked.sort(Comparator.comparingInt(Ranked::tier)
			.thenComparing(one -> one.match().furtherAfield())
			.thenComparing(Comparator.comparingDouble((Ranked one) -> one.match().score()).reversed())
			.thenComparing(one -> one.match().title())
			.thenComparing(one -> one.match().problemId()));
		List<ProblemMatch> pageOf = ranked.stream()
			.skip(page.offset())
			.limit(page.size())
			.map(Ranked::match)
			.toList();
		return new ProblemMatches(actorId, shares, ranked.size(), pageOf);
	}

	private Map<String, Object> parameters(Helper helper, List<String> words, List<String> ownWords,
			List<ProblemCategory> categories, ReadScope scope) {
		Set<Map<String, Object>> anchors = new LinkedHashSet<>();
		helper.trades()
			.forEach(trade -> trade.broader().forEach(code -> anchors.add(anchor(NeedKind.TRADE, code))));
		helper.equipment()
			.stream()
			.filter(OwnItem::shared)
			.forEach(item -> anchors.add(anchor(NeedKind.EQUIPMENT_CATEGORY, item.category())));
		helper.topics().forEach(topic -> anchors.add(anchor(NeedKind.TOPIC, topic.key())));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actorId", helper.id());
		parameters.put("anchors", anchors.stream().limit(MAX_ANCHORS).toList());
		parameters.put("topicKeys", helper.topics().stream().map(TopicName::key).toList());
		parameters.put("textQuery", this.thesaurus.anyOf(words, 0));
		parameters.put("problemIndex", scope.textAudience().problemIndex());
		parameters.put("textHits", TEXT_HITS);
		parameters.put("needQuery", this.thesaurus.anyOf(ownWords, 0));
		parameters.put("needHits", NEED_HITS);
		parameters.put("perAnchor", this.perAnchor);
		parameters.put("shortlist", this.shortlist);
		parameters.put("localKm", this.localKm);
		parameters.put("location", helper.location());
		parameters.put("departement", helper.departement());
		parameters.put("region", helper.region());
		parameters.put("neighbourhood",
				helper.region() == null ? List.of() : this.neighbourhoods.all().getOrDefault(helper.region(), List.of()));
		parameters.put("categories", categories == null ? null : categories.stream().map(Enum::name).toList());
		parameters.put("visible", scope.visibleLevels());
		parameters.put("ownActors", scope.ownActorIds());
		return parameters;
	}

	private static Map<String, Object> anchor(NeedKind kind, String value) {
		return Map.of("kind", kind.name(), "value", value);
	}

	/** The words of the actor's visible know-how and equipment names: what problems are sought by. */
	private static List<String> wordsOf(Helper helper) {
		StringBuilder names = new StringBuilder();
		helper.knowHow().forEach(item -> names.append(item.name()).append(". "));
		helper.equipment().forEach(item -> names.append(item.name()).append(". "));
		return TextQuery.wordsOf(names.toString(), 40);
	}

	/**
	 * The words of the actor's visible know-how and equipment, names and descriptions, and of its description: what
	 * know-how needs are sought by, since each of them may meet one ({@link #addText}).
	 */
	private static List<String> needWordsOf(Helper helper) {
		StringBuilder text = new StringBuilder();
		helper.knowHow().forEach(item -> text.append(item.name()).append(". "));
		helper.equipment().forEach(item -> text.append(item.name()).append(". "));
		helper.knowHow().forEach(item -> text.append(item.description() == null ? "" : item.description()).append(". "));
		helper.equipment().forEach(item -> text.append(item.description() == null ? "" : item.description()).append(". "));
		text.append(helper.description() == null ? "" : helper.description());
		return TextQuery.wordsOf(text.toString(), 60);
	}

	/**
	 * How many of the actor's words (its visible items' names and descriptions, its description) each candidate
	 * problem's title and description use, each counted once ({@link SharedWords}).
	 */
	private static Map<String, Integer> wordsInCommon(List<String> own, List<CandidateProblem> candidates) {
		SharedWords shared = new SharedWords(own);
		Map<String, Integer> counts = new HashMap<>();
		for (CandidateProblem candidate : candidates) {
			counts.put(candidate.id(), shared
				.in(candidate.title() + ". " + (candidate.description() == null ? "" : candidate.description())));
		}
		return counts;
	}

	/** The problems stating no need whose needs are inferred: the best found by words, at most {@value #INFERRED_AT_MOST}. */
	private static Set<String> inferredFor(List<CandidateProblem> candidates) {
		Set<String> chosen = new LinkedHashSet<>();
		candidates.stream()
			.filter(candidate -> candidate.needs().isEmpty() && candidate.text() > 0)
			.sorted(Comparator.comparingDouble(CandidateProblem::text).reversed().thenComparing(CandidateProblem::id))
			.limit(INFERRED_AT_MOST)
			.forEach(candidate -> chosen.add(candidate.id()));
		return chosen;
	}

	private record Ranked(int tier, ProblemMatch match) {
	}

	/** One candidate scored and explained; null when it is no lead (it meets no need and shares too few words). */
	private Ranked rank(Helper helper, List<String> words, CandidateProblem candidate, boolean infer,
			Words own, Map<MatchSignal, Double> shares) {
		List<Need> needs = candidate.needs()
			.stream()
			.map(stated -> new Need(NeedKind.valueOf(stated.kind()), stated.value(), stated.essential(), false,
					stated.label()))
			.toList();
		if (needs.isEmpty() && infer) {
			needs = this.inference.infer(candidate.title(), candidate.description(), candidate.ownTrades(),
					candidate.ownEquipment());
		}
		boolean stated = needs.stream().anyMatch(need -> !need.inferred());
		double text = candidate.text();
		List<NeedCoverage> coverage = new ArrayList<>();
		// the needs met, without those only hinted at: what the need coverage's score counts, as in the ranking
		List<NeedCoverage> met = new ArrayList<>();
		double needWeight = 0;
		double covered = 0;
		for (Need need : needs) {
			double weight = need.essential() ? 2.0 : 1.0;
			needWeight += weight;
			Covered one = coverage(helper, need, needs, candidate.distanceKm(), own);
			if (one != null) {
				coverage.add(one.coverage());
				if (one.counted() > 0) {
					met.add(one.coverage());
					covered += weight * one.counted();
				}
			}
		}
		boolean household = HouseholdTrades.only(helper.trades().stream().map(OwnTrade::code).toList());
		// a hint meets no need, as in the ranking; nor, for an actor whose trades all serve households, does an
		// interest in the problem's topic, which is its customers' (HouseholdTrades)
		boolean meets = met.stream().anyMatch(one -> !household || one.need().kind() != NeedKind.TOPIC);
		double floor = stated ? Matchmaking.STATED_WORDS_FLOOR : needs.isEmpty() ? 0.0 : Matchmaking.INFERRED_WORDS_FLOOR;
		// nor are an actor's words a lead when all its trades serve households (HouseholdTrades), as in the ranking
		if (!meets && (text <= 0 || text < floor || household)) {
			return null;
		}
		double needScore = needWeight > 0 ? covered / needWeight : 0.0;
		Double distanceKm = candidate.distanceKm();
		boolean afield = distanceKm != null && distanceKm > this.localKm;
		double proximity = distanceKm == null ? 0.0
				: Math.pow(0.5, distanceKm / this.halfDistanceKm) * Math.min(1.0, needScore + text);
		double willingness = Math.min(1.0, candidate.sharedTopics().size() / 2.0);
		double ties = Math.min(1.0, candidate.sharedGroups().size() / 2.0);
		List<String> quoted = MatchedWords.among(words, List.of(new EvidenceWords(null, candidate.title(), null)));
		List<SignalScore> signals = List.of(
				new SignalScore(MatchSignal.NEED_COVERAGE, round(needScore), shares.get(MatchSignal.NEED_COVERAGE),
						MatchWording.coverage(met, needs)),
				new SignalScore(MatchSignal.TEXT_RELEVANCE, round(text), shares.get(MatchSignal.TEXT_RELEVANCE),
						MatchWording.helpText(round(text), quoted)),
				new SignalScore(MatchSignal.WILLINGNESS, round(willingness), shares.get(MatchSignal.WILLINGNESS),
						MatchWording.willingness(candidate.sharedTopics())),
				new SignalScore(MatchSignal.PROXIMITY, round(proximity), shares.get(MatchSignal.PROXIMITY),
						MatchWording.proximity(null, distanceKm, afield)),
				new SignalScore(MatchSignal.EXISTING_TIES, round(ties), shares.get(MatchSignal.EXISTING_TIES),
						MatchWording.ties(candidate.sharedGroups())));
		double score = signals.stream().mapToDouble(SignalScore::contribution).sum();
		List<Message> explanation = Matchmaking.explanation(coverage, signals, afield);
		ProblemMatch match = new ProblemMatch(candidate.id(), candidate.title(), needs,
				round(Math.min(1, Math.max(0, score))), signals, coverage, explanation,
				distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0, afield);
		return new Ranked(meets || !stated ? 0 : 1, match);
	}

	/**
	 * The actor's words against one problem.
	 *
	 * @param inCommon how many of the actor's words the problem's title and description use
	 * @param read whether there are words to read on both sides: an actor known by its code alone (imported from
	 * SIRENE) says nothing but its code, and a problem with a title only and its needs says little but its needs
	 * (« Approvisionnement en pièces », a category)
	 */
	private record Words(int inCommon, boolean read) {

		/** Whether a trade code or an equipment category alone meets a need: {@value #WORDS_IN_COMMON} words. */
		boolean enough() {
			return !this.read || this.inCommon >= WORDS_IN_COMMON;
		}

	}

	/**
	 * How one need is covered: its coverage as shown (the strongest three pieces of evidence, hints included), and
	 * the strength of its best evidence that counts as the need met (0 when it is only hinted at).
	 */
	private record Covered(NeedCoverage coverage, double counted) {
	}

	/**
	 * How the actor's visible capabilities meet one need, the strongest three pieces of evidence first; or null.
	 * A trade held beyond its reach is a hint, as in the ranking; so are a trade code and an item of the needed
	 * category alone when the problem uses fewer than {@value #WORDS_IN_COMMON} of the actor's words, as the ranking's
	 * floors make them ({@link Matchmaking#CODE_WORDS_FLOOR}): a class, even a subclass, holds several trades, a
	 * category several uses, and the actor's own words say which. A subclass asked for itself is met by its code.
	 *
	 * @param needs the problem's needs, all of them
	 * @param distanceKm how far the problem is, or null
	 */
	private Covered coverage(Helper helper, Need need, List<Need> needs, Double distanceKm, Words own) {
		List<Found> found = new ArrayList<>();
		switch (need.kind()) {
			case TRADE -> {
				boolean counted = Matchmaking.asksForTheTradeItself(need, needs) || own.enough();
				for (OwnTrade trade : helper.trades()) {
					if (trade.broader().contains(need.value())) {
						String label = trade.code() + " " + trade.label();
						found.add(TradeReach.beyond(trade.code(), distanceKm)
								? new Found(BEYOND_REACH, new Evidence(EvidenceKind.CORE_TRADE, null, label,
										MatchWording.beyondReach(label, need, TradeReach.of(trade.code())), false,
										List.of(), null), false)
								: exact(EvidenceKind.CORE_TRADE, null, label, need, counted));
					}
				}
			}
			case EQUIPMENT_CATEGORY -> {
				boolean counted = own.enough();
				for (OwnItem item : helper.equipment()) {
					if (item.shared() && need.value().equals(item.category())) {
						found.add(exact(EvidenceKind.EQUIPMENT, item.id(), item.name(), need, counted));
					}
				}
			}
			case TOPIC -> {
				for (TopicName topic : helper.topics()) {
					if (need.value().equals(topic.key())) {
						found.add(exact(EvidenceKind.TOPIC_INTEREST, null, topic.name(), need, true));
					}
				}
			}
			case KNOW_HOW -> {
				helper.knowHow()
					.forEach(item -> addText(found, need, EvidenceKind.KNOW_HOW, item.id(), item.name(),
							item.description(), KNOW_HOW));
				helper.equipment()
					.forEach(item -> addText(found, need, EvidenceKind.EQUIPMENT, item.id(), item.name(),
							item.description(), EQUIPMENT));
				addText(found, need, EvidenceKind.DESCRIPTION, null, helper.name(), helper.description(), DESCRIPTION);
			}
		}
		if (found.isEmpty()) {
			return null;
		}
		found.sort(Comparator.comparingDouble(Found::strength).reversed());
		return new Covered(
				new NeedCoverage(need, round(found.get(0).strength()),
						found.stream().limit(3).map(Found::evidence).toList()),
				found.stream().filter(Found::counted).mapToDouble(Found::strength).max().orElse(0.0));
	}

	/** Evidence that is what the need names (a trade within its code, an item of its category, its topic). */
	private static Found exact(EvidenceKind kind, String itemId, String label, Need need, boolean counted) {
		Message detail = MatchWording.evidence(kind, "exact", label, need);
		return new Found(1.0, new Evidence(kind, itemId, label, counted ? detail : MatchWording.fewWordsHint(detail),
				counted, List.of(), null), counted);
	}

	/** @param counted whether it counts as the need met, or is only a hint */
	private record Found(double strength, Evidence evidence, boolean counted) {
	}

	/**
	 * Text evidence, by the ranking's rule that one common word is no evidence: an item meets a know-how need of
	 * several words when it uses two of them, or one rare word (a need of one word, by that word); failing its own
	 * words, two of their related words (the thesaurus's), at half worth. The actor's own description takes two of
	 * them in the description itself, as in the ranking ({@link DescriptionWords}): its name is often a proper name
	 * (an EHPAD « Les Peupliers », no poplar grower), and one word of a description met needs in another sense (a
	 * fire-extinguisher shop's « incendie » for forest fires). Its strength is its worth
	 * scaled by the share of the need's words it uses (all of them past three), never below half: the ranking's
	 * full-text score is relative to other actors' hits, which a single actor's view does not have.
	 */
	private void addText(List<Found> found, Need need, EvidenceKind kind, String itemId, String name,
			String description, double worth) {
		List<String> sought = TextQuery.wordsOf(need.value(), 20);
		if (sought.isEmpty()) {
			return;
		}
		// an actor's own description meets a need of several words with two of them, in the description itself
		boolean twoInItsDescription = kind == EvidenceKind.DESCRIPTION && sought.size() > 1;
		Set<String> own = new LinkedHashSet<>(twoInItsDescription ? List.of() : MatchedWords.soughtIn(sought, name));
		own.addAll(MatchedWords.soughtIn(sought, description));
		double strength;
		if (twoInItsDescription ? own.size() >= 2 : !own.isEmpty()
				&& (sought.size() == 1 || own.size() >= 2 || own.stream().anyMatch(this.rarity::rare))) {
			strength = worth * Math.max(0.5, Math.min(1.0, own.size() / (double) Math.min(sought.size(), 3)));
		}
		else {
			List<String> related = this.thesaurus.relatedTo(sought);
			Set<String> near = new LinkedHashSet<>(
					twoInItsDescription ? List.of() : MatchedWords.soughtIn(related, name));
			near.addAll(MatchedWords.soughtIn(related, description));
			if (near.size() < 2) {
				return;
			}
			strength = worth * 0.5;
		}
		MatchedWords words = kind == EvidenceKind.DESCRIPTION
				? MatchedWords.inActor(need.value(), this.thesaurus.relatedTo(sought), name, description)
				: MatchedWords.in(need.value(), this.thesaurus.relatedTo(sought), name, description);
		found.add(new Found(strength, new Evidence(kind, itemId, name,
				MatchWording.textEvidence(kind, name, need, words), false, words.words(), words.field()), true));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
