package org.maillage.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.actor.Needs;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.TextQuery;
import org.maillage.matchmaking.persistence.MatchQueries;
import org.maillage.matchmaking.persistence.RankingRows.EvidenceRow;
import org.maillage.matchmaking.persistence.RankingRows.EvidenceWords;
import org.maillage.matchmaking.persistence.RankingRows.ProblemToRank;
import org.maillage.matchmaking.persistence.RankingRows.RankedActor;
import org.maillage.matchmaking.persistence.RankingRows.RankedRows;
import org.maillage.taxonomy.Trades;
import org.maillage.territory.Territories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks actors for a problem or a set of needs, explaining every score. The ranking itself is one Cypher statement
 * ({@code MatchQueries#RANKING}) that only ever reads what the caller may see; this class prepares its parameters
 * (needs stated or inferred, the place proximity is measured from) and turns its rows into explanations.
 */
@Service
@Transactional(readOnly = true)
public class Matchmaking {

	/** With stated needs, an actor meeting none is listed only with words weighing half the best candidate's. */
	static final double STATED_WORDS_FLOOR = 0.5;

	/**
	 * The same with inferred needs: measured on the scenario set on text alone (docs/matchmaking.md, "Evidence that
	 * holds"), 0.3 took out a labelled decoy that 0 and 0.2 kept, and 0.4 lost relevant actors.
	 */
	static final double INFERRED_WORDS_FLOOR = 0.3;

	/**
	 * An actor that describes itself meets a trade need by its code only when its words in common with the problem
	 * weigh at least this much of the best candidate's: measured on the scenario set and the three sets kept apart
	 * (docs/matchmaking.md, "On a territory never seen"). At 0.1 it took four labelled decoys out of the first unseen
	 * set's top 10s (a car inspection centre for materials testing, a bulk haulier for a cold chain); at 0.2 five more
	 * out of the first two (a brandy distillery for grape marc, a hospitals' waste collector for batteries, a
	 * woven-label maker for flax) and no relevant actor out of any set's; 0.3 lost one on the scenario set. Every need
	 * naming one subclass was exempted until 2026-12-07, when the later sets, whose secondary needs name subclasses,
	 * showed that one subclass still holds many trades (71.12B every engineering office, 38.32Z every sorted-waste
	 * recoverer): the floor took nine decoys out of fourteen sets' top 10s (docs/matchmaking.md, "A subclass is many
	 * trades too"). Only a subclass asked for itself, essential or the one need stated, is met by its code alone.
	 */
	static final double CODE_WORDS_FLOOR = 0.2;

	/**
	 * An actor that describes itself meets an equipment category need by an item of that category only when its words
	 * in common with the problem weigh at least this much of the best candidate's, as for a trade code
	 * ({@link #CODE_WORDS_FLOOR}): a wine lab's analysers for a quarry survey, a cyber-café's gaming PCs for a
	 * cybersecurity audit. Chosen among 0.05, 0.1, 0.15 and 0.2 on the labelled sets (docs/matchmaking.md, "Equipment
	 * of the category needed, and words that say nothing of the problem"): 0.1 raised precision@5, core recall@10 and
	 * recall@10 and took labelled decoys out; 0.15 and 0.2 lost core actors that say what they do in other words.
	 */
	static final double CATEGORY_WORDS_FLOOR = 0.1;

	private final MatchQueries queries;

	private final ActorDirectory directory;

	private final Needs needs;

	private final Trades trades;

	private final ReadScopes scopes;

	private final MatchWeights weights;

	private final Thesaurus thesaurus;

	private final NeedInference inference;

	private final Territories territories;

	private final int shortlist;

	private final int candidatesPerNeed;

	private final double halfDistanceKm;

	private final double localKm;

	private final double markWeight;

	private final TermRarity rarity;

	private final RegionNeighbourhoods neighbourhoods;

	Matchmaking(MatchQueries queries, ActorDirectory directory, Needs needs, Trades trades, Territories territories,
			ReadScopes scopes, MatchmakingProperties properties, TermRarity rarity,
			RegionNeighbourhoods neighbourhoods) {
		this.rarity = rarity;
		this.neighbourhoods = neighbourhoods;
		this.territories = territories;
		this.queries = queries;
		this.directory = directory;
		this.needs = needs;
		this.trades = trades;
		this.scopes = scopes;
		this.weights = properties.weights();
		this.shortlist = properties.shortlist();
		this.candidatesPerNeed = properties.candidatesPerNeed();
		this.halfDistanceKm = properties.proximityHalfDistanceKm();
		this.localKm = properties.localKm();
		this.markWeight = properties.markWeight();
		this.thesaurus = properties.thesaurus() ? Thesaurus.french() : Thesaurus.NONE;
		this.inference = new NeedInference(queries, this.thesaurus, properties.inferenceThreshold());
	}

	public ActorMatches match(MatchRequest request, PageRequest page) {
		return match(request, page, MarkUse.ALL);
	}

	/** A ranking that uses the facilitators' marks as much as {@code marks} says: the replay compares. */
	ActorMatches match(MatchRequest request, PageRequest page, MarkUse marks) {
		Ranking ranking = prepare(request, this.scopes.current(), marks);
		RankedRows rows = this.queries.rank(ranking.parameters(page));
		List<ActorMatch> matches = rows.page()
			.stream()
			.map(row -> toMatch(row, ranking, rows.words(), request.problemId()))
			.toList();
		return new ActorMatches(ranking.needs(), this.weights.normalised(), rows.total(), matches, ranking.ownerId());
	}

	/**
	 * How one actor scores for a problem, even when nothing of its profile meets the problem (all signals 0 then);
	 * empty when there is no such actor.
	 */
	public Optional<ActorMatch> matchOne(String problemId, String actorId) {
		ActorMatches matches = match(MatchRequest.forProblem(problemId).onlyFor(actorId), new PageRequest(0, 1));
		if (!matches.matches().isEmpty()) {
			return Optional.of(matches.matches().get(0));
		}
		return Optional.ofNullable(this.directory.byIds(List.of(actorId)).get(actorId))
			.map(actor -> new ActorMatch(actor.id(), actor.name(), actor.kind().name(), actor.sector().name(), 0,
					java.util.Arrays.stream(MatchSignal.values())
						.map(signal -> new SignalScore(signal, 0, matches.weights().get(signal),
								MatchWording.nothingSeen()))
						.toList(),
					List.of(), List.of(MatchWording.sentence(MatchWording.nothingSeen())), null, false, problemId, 0));
	}

	/** The needs a ranking for this problem would cover: stated, else inferred from its text. */
	public List<Need> needsOf(String problemId) {
		return prepare(MatchRequest.forProblem(problemId), this.scopes.current(), MarkUse.NONE).needs();
	}

	/**
	 * The exact statement and parameters {@link #match} runs for a problem, first page of 10, as a public visitor:
	 * for benchmarks that compare the GraphQL round trip with the bare query.
	 */
	public RawRanking rawRanking(String problemId) {
		ReadScope publicVisitor = new ReadScope(Set.of(org.maillage.core.Visibility.PUBLIC), Set.of());
		return new RawRanking(MatchQueries.rankingStatement(),
				prepare(MatchRequest.forProblem(problemId), publicVisitor, MarkUse.ALL).parameters(PageRequest.of(10, null)));
	}

	public record RawRanking(String cypher, Map<String, Object> parameters) {
	}

	private Ranking prepare(MatchRequest request, ReadScope scope, MarkUse marks) {
		List<Need> needs = this.needs.normalise("needs", request.needs());
		requireTerritories("filter.territories", request.territories());
		requireTerritories("filter.near", request.near() == null ? null : List.of(request.near()));
		String ownerId = null;
		String origin = request.near();
		Map<String, Object> location = null;
		String textQuery = null;
		// the words the problem's text is sought by, which the explanation quotes where an actor uses them
		List<String> textWords = List.of();
		String category = null;
		List<String> rejected = List.of();
		if (request.problemId() != null) {
			ProblemToRank problem = this.queries.problem(request.problemId(), scope)
				.orElseThrow(() -> new NotFoundException("problem", request.problemId()));
			ownerId = problem.ownerId();
			// "other" problems have nothing in common to learn from
			category = "OTHER".equals(problem.category()) ? null : problem.category();
			if (marks == MarkUse.ALL) {
				rejected = problem.rejected();
			}
			origin = origin != null ? origin : problem.communeId();
			if (request.near() == null && problem.location() != null) {
				location = Map.of("latitude", problem.location().y(), "longitude", problem.location().x());
			}
			String title = problem.title();
			String description = problem.description();
			List<String> names = ProblemWords.names(title, description, problem.places());
			ProblemWords words = ProblemWords.of(title, description).without(names);
			textWords = words.words();
			textQuery = Thesaurus.namesWeighed(this.thesaurus.anyOf(textWords, words.stressed()));
			if (needs.isEmpty()) {
				needs = problem.needs()
					.stream()
					.map(stated -> new Need(NeedKind.valueOf(stated.kind()), stated.value(), stated.essential(), false,
							stated.label()))
					.toList();
			}
			if (needs.isEmpty()) {
				needs = this.inference.infer(title, description, problem.ownTrades(), problem.ownEquipment(), names);
			}
		}
		else if (needs.isEmpty()) {
			throw InvalidInputException.of("needs", "match.needs.missing");
		}
		else {
			textWords = needs.stream()
				.filter(need -> need.kind() == NeedKind.KNOW_HOW)
				.flatMap(need -> TextQuery.wordsOf(need.value(), ProblemWords.LIMIT).stream())
				.distinct()
				.toList();
			textQuery = Thesaurus.namesWeighed(this.thesaurus.anyOf(textWords, 0));
		}
		if (request.near() != null) {
			location = this.territories.centreOf(request.near())
				.map(centre -> Map.<String, Object>of("latitude", centre.latitude(), "longitude", centre.longitude()))
				.orElse(null);
		}
		Set<String> exclude = new HashSet<>(request.exclude());
		if (ownerId != null) {
			exclude.add(ownerId);
		}
		exclude.addAll(rejected);
		List<Need> labelled = labelled(needs);
		return new Ranking(labelled, evidenceQueries(labelled), ownerId, textQuery, textWords, origin, location, exclude,
				request, scope,
				this.thesaurus, this.weights.parameter(), this.shortlist, this.candidatesPerNeed, this.halfDistanceKm,
				this.localKm, request.problemId(), category, marks == MarkUse.NONE ? 0.0 : this.markWeight,
				this.neighbourhoods.all());
	}

	/**
	 * The needs this problem's text alone suggests, even when it states some: what a ranking "text only" would use,
	 * to measure the inference against the stated needs.
	 */
	List<Need> inferredFromText(String problemId) {
		ProblemToRank problem = this.queries.problem(problemId, this.scopes.current())
			.orElseThrow(() -> new NotFoundException("problem", problemId));
		return this.inference.infer(problem.title(), problem.description(), problem.ownTrades(),
				problem.ownEquipment(), ProblemWords.names(problem.title(), problem.description(), problem.places()));
	}

	/** Territory ids must name territories: a typo would otherwise silently match nobody, or measure from nowhere. */
	void requireTerritories(String field, List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return;
		}
		java.util.Set<String> unknown = new java.util.TreeSet<>(this.territories.unknown(ids));
		if (!unknown.isEmpty()) {
			throw InvalidInputException.of(field, "input.territories.unknown", String.join(", ", unknown));
		}
	}

	/** Needs with their words (trade labels) filled in, for explanations. */
	private List<Need> labelled(List<Need> needs) {
		var codes = needs.stream()
			.filter(need -> need.kind() == NeedKind.TRADE && need.label().equals(need.value()))
			.map(Need::value)
			.toList();
		if (codes.isEmpty()) {
			return needs;
		}
		var byCode = this.trades.byCode(codes);
		return needs.stream()
			.map(need -> need.kind() == NeedKind.TRADE && byCode.containsKey(need.value())
					&& need.label().equals(need.value())
							? new Need(need.kind(), need.value(), need.essential(), need.inferred(),
									byCode.get(need.value()).label(), need.inferredFrom(), need.confidence())
							: need)
			.toList();
	}

	/**
	 * The Lucene query that finds evidence for each know-how need, in the needs' order (null for other kinds): two of
	 * its words, or one rare word ({@link Thesaurus#twoOrRare}).
	 */
	private List<String> evidenceQueries(List<Need> needs) {
		this.rarity.count(needs.stream()
			.filter(need -> need.kind() == NeedKind.KNOW_HOW)
			.flatMap(need -> Thesaurus.paired(TextQuery.wordsOf(need.value(), 20)).stream())
			.toList());
		return needs.stream()
			.map(need -> need.kind() == NeedKind.KNOW_HOW
					? this.thesaurus.twoOrRare(TextQuery.wordsOf(need.value(), 20), this.rarity::rare) : null)
			.toList();
	}

	/**
	 * Whether a need asks for one trade itself, which its code alone then meets whatever the actor's words
	 * ({@link #CODE_WORDS_FLOOR}): one subclass stated as the essential need, or as the only one (45.20B, « laver nos
	 * camions »).
	 */
	static boolean asksForTheTradeItself(Need need, List<Need> needs) {
		return need.kind() == NeedKind.TRADE && !need.inferred() && need.value().matches("\\d\\d\\.\\d\\d[A-Z]")
				&& (need.essential() || needs.size() == 1);
	}

	private record Ranking(List<Need> needs, List<String> evidenceQueries, String ownerId, String textQuery,
			List<String> textWords, String origin,
			Map<String, Object> location, Set<String> exclude, MatchRequest request, ReadScope scope,
			Thesaurus thesaurus, Map<String, Object> weights, int shortlist, int candidatesPerNeed,
			double halfDistanceKm, double localKm, String problemId, String category, double markWeight,
			Map<String, List<String>> neighbourhoods) {

		Map<String, Object> parameters(PageRequest page) {
			List<Map<String, Object>> needRows = new ArrayList<>();
			double needWeight = 0;
			for (int rank = 0; rank < this.needs.size(); rank++) {
				Need need = this.needs.get(rank);
				double weight = need.essential() ? 2.0 : 1.0;
				needWeight += weight;
				Map<String, Object> row = new HashMap<>();
				row.put("rank", rank);
				row.put("kind", need.kind().name());
				row.put("value", need.value());
				row.put("weight", weight);
				row.put("parent", need.kind() == NeedKind.TRADE ? parentOf(need.value()) : null);
				row.put("tradeItself", asksForTheTradeItself(need, this.needs));
				// a know-how need read from the problem's text is its words: met by words, it is a lead on words
				row.put("words", need.kind() == NeedKind.KNOW_HOW && need.inferred());
				row.put("query", this.evidenceQueries.get(rank));
				row.put("descriptionWords", need.kind() == NeedKind.KNOW_HOW
						? DescriptionWords.patterns(need.value()) : List.of());
				needRows.add(row);
			}
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("needs", needRows);
			parameters.put("needWeight", needWeight);
			parameters.put("weights", this.weights);
			parameters.put("textQuery", this.textQuery);
			parameters.put("exclude", List.copyOf(this.exclude));
			parameters.put("ownerId", this.ownerId);
			parameters.put("originTerritory", this.origin);
			parameters.put("originLocation", this.location);
			parameters.put("halfDistanceKm", this.halfDistanceKm);
			parameters.put("localKm", this.localKm);
			parameters.put("reach", TradeReach.parameter());
			parameters.put("households", HouseholdTrades.parameter());
			// inferred needs are guesses from the text: its words rank alongside them, not below
			boolean stated = this.needs.stream().anyMatch(need -> !need.inferred());
			parameters.put("needsStated", stated);
			parameters.put("wordsFloor", wordsFloor(stated, !this.needs.isEmpty()));
			parameters.put("codeWordsFloor", CODE_WORDS_FLOOR);
			parameters.put("categoryWordsFloor", CATEGORY_WORDS_FLOOR);
			List<String> problemWords = DescriptionWords.ofProblem(this.textWords);
			parameters.put("problemWords", problemWords);
			parameters.put("wordsInCommon", DescriptionWords.inCommon(problemWords));
			parameters.put("territories", this.request.territories());
			parameters.put("kinds", this.request.kinds() == null ? null
					: this.request.kinds().stream().map(Enum::name).toList());
			parameters.put("sectors", this.request.sectors() == null ? null
					: this.request.sectors().stream().map(Enum::name).toList());
			parameters.put("only", this.request.only() == null ? null : List.copyOf(this.request.only()));
			parameters.put("visible", this.scope.visibleLevels());
			parameters.put("ownActors", this.scope.ownActorIds());
			parameters.put("textIndex", this.scope.textAudience().directoryIndex());
			parameters.put("skip", page.offset());
			parameters.put("limit", page.size());
			parameters.put("shortlist", Math.max(this.shortlist, page.offset() + page.size()));
			parameters.put("perNeed", this.candidatesPerNeed);
			parameters.put("neighbourhoods", this.neighbourhoods);
			parameters.put("problemId", this.problemId);
			parameters.put("category", this.category);
			parameters.put("markWeight", this.markWeight);
			// a narrowed request reads every holder of a need, lest its nearest all be filtered out (MatchQueries)
			parameters.put("narrowed", parameters.get("territories") != null || parameters.get("kinds") != null
					|| parameters.get("sectors") != null || parameters.get("only") != null);
			// one map parameter, so that every request shares one plan ({@code MatchQueries#RANKING})
			return Map.of("ranking", parameters);
		}

		/**
		 * How much an actor that meets no need must have in common with the problem's words, relative to the best
		 * candidate's, to be listed at all (docs/matchmaking.md, "Evidence that holds"). Half when needs are stated:
		 * they say what is sought, and words alone are a weak lead beside them. {@value #INFERRED_WORDS_FLOOR} when
		 * needs are inferred: they are guesses from those same words, so the words keep more say, but a word or two
		 * in common is still no lead. None when no need could be inferred: words are then all there is.
		 */
		private static double wordsFloor(boolean stated, boolean anyNeed) {
			return stated ? STATED_WORDS_FLOOR : anyNeed ? INFERRED_WORDS_FLOOR : 0.0;
		}

		/**
		 * The NAF entry one level up from a class or subclass code, whose other children are "neighbouring"
		 * trades: 38.32Z → 38.3, 38.32 → 38.3. Null for broader codes, whose neighbours are too far.
		 */
		private static String parentOf(String code) {
			if (code.matches("\\d\\d\\.\\d\\d[A-Z]")) {
				return code.substring(0, 4);
			}
			if (code.matches("\\d\\d\\.\\d\\d")) {
				return code.substring(0, 4);
			}
			return null;
		}

	}

	private ActorMatch toMatch(RankedActor row, Ranking ranking, Map<String, EvidenceWords> words, String problemId) {
		List<Need> needs = ranking.needs();
		Map<MatchSignal, Double> shares = this.weights.normalised();
		List<NeedCoverage> coverage = new ArrayList<>();
		// the needs met, without those only hinted at: what the need coverage's score counts
		List<NeedCoverage> met = new ArrayList<>();
		row.coverage().forEach(covered -> {
			Need need = needs.get(covered.rank());
			List<Evidence> evidence = covered.evidence()
				.stream()
				.map(found -> evidence(found, words.getOrDefault(found.node(), EvidenceWords.NONE), need,
						ranking.thesaurus()))
				.toList();
			NeedCoverage needCoverage = new NeedCoverage(need, round(covered.strength()), evidence);
			coverage.add(needCoverage);
			if (covered.evidence().stream().anyMatch(EvidenceRow::counted)) {
				met.add(needCoverage);
			}
		});
		coverage.sort(java.util.Comparator.comparingInt(needs::indexOf));
		List<SignalScore> signals = List.of(
				new SignalScore(MatchSignal.NEED_COVERAGE, round(row.needScore()), shares.get(MatchSignal.NEED_COVERAGE),
						MatchWording.coverage(met, needs)),
				new SignalScore(MatchSignal.TEXT_RELEVANCE, round(row.textScore()),
						shares.get(MatchSignal.TEXT_RELEVANCE), textReason(row, ranking, words)),
				new SignalScore(MatchSignal.WILLINGNESS, round(row.willingness()), shares.get(MatchSignal.WILLINGNESS),
						MatchWording.willingness(row.sharedTopics())),
				new SignalScore(MatchSignal.PROXIMITY, round(row.proximity()), shares.get(MatchSignal.PROXIMITY),
						MatchWording.proximity(row.sharedPlace(), row.distanceKm(), row.furtherAfield())),
				new SignalScore(MatchSignal.EXISTING_TIES, round(row.ties()), shares.get(MatchSignal.EXISTING_TIES),
						MatchWording.ties(row.sharedGroups())));
		double markAdjustment = round(row.markAdjustment());
		double score = signals.stream().mapToDouble(SignalScore::contribution).sum() + markAdjustment;
		List<Message> explanation = explanation(coverage, signals, row.furtherAfield());
		if (row.approvals() + row.rejections() > 0) {
			explanation.add(MatchWording.sentence(MatchWording.marks(row.approvals(), row.rejections(), markAdjustment)));
		}
		return new ActorMatch(row.id(), row.name(), row.kind(), row.sector(), round(Math.min(1, Math.max(0, score))),
				signals, coverage, explanation,
				row.distanceKm() == null ? null : Math.round(row.distanceKm() * 10) / 10.0, row.furtherAfield(),
				problemId, markAdjustment);
	}

	/** The text relevance in words: the problem's words the actor's best texts use, else their related words. */
	private static Message textReason(RankedActor row, Ranking ranking, Map<String, EvidenceWords> words) {
		List<EvidenceWords> texts = row.textNodes().stream().map(node -> words.getOrDefault(node, EvidenceWords.NONE))
			.toList();
		double score = round(row.textScore());
		List<String> own = MatchedWords.among(ranking.textWords(), texts);
		return own.isEmpty() && score > 0
				? MatchWording.relatedText(MatchedWords.among(ranking.thesaurus().relatedTo(ranking.textWords()), texts),
						score)
				: MatchWording.text(score, own);
	}

	private static Evidence evidence(EvidenceRow row, EvidenceWords words, Need need, Thesaurus thesaurus) {
		EvidenceKind kind = EvidenceKind.valueOf(row.kind());
		String label = words.label();
		if ("text".equals(row.match())) {
			List<String> related = thesaurus.relatedTo(TextQuery.wordsOf(need.value(), 20));
			MatchedWords found = kind == EvidenceKind.DESCRIPTION
					? MatchedWords.inActor(need.value(), related, label, words.description())
					: MatchedWords.in(need.value(), related, label, words.description());
			Message detail = MatchWording.textEvidence(kind, label, need, found);
			return new Evidence(kind, words.itemId(), label, row.counted() ? detail : MatchWording.oneWordHint(detail),
					false, found.words(), found.field());
		}
		if ("beyond".equals(row.match())) {
			return new Evidence(kind, words.itemId(), label, MatchWording.beyondReach(label, need, row.reachKm()),
					false, List.of(), null);
		}
		Message detail = MatchWording.evidence(kind, row.match(), label, need);
		return new Evidence(kind, words.itemId(), label, row.counted() ? detail : MatchWording.fewWordsHint(detail),
				"exact".equals(row.match()) && row.counted(), List.of(), null);
	}

	/** The evidence, strongest first, then the other signals that count; a far-away actor is always told so. */
	static List<Message> explanation(List<NeedCoverage> coverage, List<SignalScore> signals,
			boolean furtherAfield) {
		List<Message> lines = new ArrayList<>();
		coverage.stream()
			.sorted(java.util.Comparator.comparingDouble(NeedCoverage::strength).reversed())
			.forEach(covered -> lines.add(MatchWording.need(covered)));
		signals.stream()
			.filter(signal -> signal.signal() != MatchSignal.NEED_COVERAGE
					&& (signal.score() > 0 || furtherAfield && signal.signal() == MatchSignal.PROXIMITY))
			.sorted(java.util.Comparator.comparingDouble(SignalScore::contribution).reversed())
			.forEach(signal -> lines.add(MatchWording.sentence(signal.reason())));
		return lines;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
