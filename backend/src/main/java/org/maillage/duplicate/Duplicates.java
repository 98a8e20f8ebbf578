package org.maillage.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorRegistry;
import org.maillage.actor.RollEntry;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists likely duplicates among a territory's actors, for facilitators, and merges them.
 * <p>
 * Two actors look like one when a SIRET of one is a previous SIRET of the other (a SIRENE succession link an import
 * could not follow, since both had a profile), or when they are in the same commune and their names are alike
 * ({@link NameLikeness}, {@value #LIKE} or more), or share a SIREN (the same legal unit) with names at least half
 * alike. Names are compared only within a commune, and only between actors that share a significant word (blocking,
 * as record-linkage tools do), so a département's few thousand actors cost a few thousand comparisons, not millions.
 * A word held by more than {@value #COMMON_WORD} actors of one commune ("boulangerie") is too common to block on.
 */
@Service
@Transactional(readOnly = true)
public class Duplicates {

	/** The most actors a listing reads: a département or smaller. */
	static final int MAX_ACTORS = 50_000;

	static final double LIKE = 0.85;

	static final int COMMON_WORD = 200;

	private final ActorDirectory directory;

	private final ActorRegistry registry;

	private final Territories territories;

	private final Callers callers;

	Duplicates(ActorDirectory directory, ActorRegistry registry, Territories territories, Callers callers) {
		this.directory = directory;
		this.registry = registry;
		this.territories = territories;
		this.callers = callers;
	}

	/** The territory's likely duplicates, the likeliest first. */
	public Connection<LikelyDuplicate> within(String territoryId, PageRequest page) {
		requireFacilitator("seeDuplicates");
		Territory territory = this.territories.find(territoryId)
			.orElseThrow(() -> new NotFoundException("territory", territoryId));
		List<RollEntry> roll = this.directory.roll(territory, MAX_ACTORS + 1);
		if (roll.size() > MAX_ACTORS) {
			throw InvalidInputException.of("territory", "duplicates.territoryTooLarge", territory.name(),
					String.valueOf(MAX_ACTORS));
		}
		List<LikelyDuplicate> found = find(roll);
		int from = (int) Math.min(page.offset(), found.size());
		return Connection.of(found.subList(from, Math.min(found.size(), from + page.size())), page, found.size());
	}

	/** Merges the duplicate into the survivor ({@link ActorRegistry#merge}); the survivor as it is now. */
	@Transactional
	public Actor merge(String survivorId, String duplicateId) {
		this.registry.merge(survivorId, duplicateId);
		return this.directory.find(survivorId).orElseThrow(() -> new NotFoundException("actor", survivorId));
	}

	static List<LikelyDuplicate> find(List<RollEntry> roll) {
		Map<String, RollEntry> byId = new HashMap<>();
		Map<String, List<String>> words = new HashMap<>();
		roll.forEach(entry -> {
			byId.put(entry.actorId(), entry);
			words.put(entry.actorId(), NameLikeness.words(entry.name()));
		});
		Map<String, Candidate> pairs = new LinkedHashMap<>();
		previousSirets(roll, pairs);
		Map<String, List<RollEntry>> byCommune = new HashMap<>();
		roll.stream()
			.filter(entry -> entry.communeId() != null)
			.forEach(entry -> byCommune.computeIfAbsent(entry.communeId(), any -> new ArrayList<>()).add(entry));
		byCommune.values().forEach(commune -> alikeWithin(commune, words, pairs));
		return pairs.values()
			.stream()
			.map(candidate -> candidate.duplicate(byId))
			.sorted(Comparator.comparingDouble(LikelyDuplicate::score)
				.reversed()
				.thenComparing(duplicate -> byId.get(duplicate.firstId()).name(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(LikelyDuplicate::firstId))
			.toList();
	}

	private static void previousSirets(List<RollEntry> roll, Map<String, Candidate> pairs) {
		Map<String, String> bySiret = new HashMap<>();
		roll.stream().filter(entry -> entry.siret() != null).forEach(entry -> bySiret.put(entry.siret(), entry.actorId()));
		for (RollEntry entry : roll) {
			for (String previous : entry.previousSirets()) {
				String other = bySiret.get(previous);
				if (other != null && !other.equals(entry.actorId())) {
					candidate(pairs, entry.actorId(), other)
						.add(1.0, Message.of("duplicate.reason.previousSiret", previous));
				}
			}
		}
	}

	/**
	 * Pairs of one commune's actors sharing a SIREN whose names are half alike, or sharing a significant word whose
	 * names are alike enough. The commune's actors are taken by their place in it, so that the pairs compared are
	 * numbers, not the strings of two ids: building and hashing those strings for every pair compared took more of a
	 * large département's listing than comparing the names; a pair's key is built only once its names are alike.
	 */
	private static void alikeWithin(List<RollEntry> commune, Map<String, List<String>> words,
			Map<String, Candidate> pairs) {
		List<List<String>> names = commune.stream().map(entry -> words.get(entry.actorId())).toList();
		Map<String, List<Integer>> byWord = new HashMap<>();
		Map<String, List<Integer>> bySiren = new HashMap<>();
		for (int i = 0; i < commune.size(); i++) {
			int place = i;
			names.get(i).stream().distinct().forEach(word -> byWord.computeIfAbsent(word, any -> new ArrayList<>()).add(place));
			String siret = commune.get(i).siret();
			if (siret != null && siret.length() == 14) {
				bySiren.computeIfAbsent(siret.substring(0, 9), any -> new ArrayList<>()).add(place);
			}
		}
		// one legal unit first: its pairs are listed on half alike names, and with both reasons when alike enough
		for (List<Integer> unit : bySiren.values()) {
			forEachPair(unit, names, 0.5, (one, other, likeness) -> {
				RollEntry first = commune.get(one);
				candidate(pairs, first.actorId(), commune.get(other).actorId())
					.add(Math.max(likeness, 0.9), Message.of("duplicate.reason.sameSiren", first.siret().substring(0, 9)));
				if (likeness >= LIKE) {
					alike(pairs, first, commune.get(other), likeness);
				}
			});
		}
		for (List<Integer> block : byWord.values()) {
			if (block.size() > COMMON_WORD) {
				continue;
			}
			forEachPair(block, names, LIKE, (one, other, likeness) -> {
				// a pair already listed (one legal unit, a previous SIRET, another word in common) keeps its reasons
				if (!pairs.containsKey(key(commune.get(one).actorId(), commune.get(other).actorId()))) {
					alike(pairs, commune.get(one), commune.get(other), likeness);
				}
			});
		}
	}

	/** What is done with a pair of a block whose names' likeness reaches the least asked. */
	private interface AlikePair {

		void accept(int one, int other, double likeness);

	}

	/** Each pair of the block (places in the commune, in order) whose names' likeness reaches {@code least}. */
	private static void forEachPair(List<Integer> block, List<List<String>> names, double least, AlikePair alike) {
		for (int i = 0; i < block.size(); i++) {
			for (int j = i + 1; j < block.size(); j++) {
				List<String> one = names.get(block.get(i));
				List<String> other = names.get(block.get(j));
				if (couldBeAlike(one, other, least)) {
					double likeness = NameLikeness.of(one, other, least);
					if (likeness >= least) {
						alike.accept(block.get(i), block.get(j), likeness);
					}
				}
			}
		}
	}

	private static void alike(Map<String, Candidate> pairs, RollEntry one, RollEntry other, double likeness) {
		// named in the order the pair is shown in
		boolean inOrder = one.name() == null || other.name() == null || one.name().compareTo(other.name()) <= 0;
		candidate(pairs, one.actorId(), other.actorId()).add(likeness, Message.of("duplicate.reason.alikeNames",
				inOrder ? one.name() : other.name(), inOrder ? other.name() : one.name()));
	}

	/**
	 * Whether two names' likeness could reach {@code least}: each word of the shorter pairs with one of the longer at
	 * most, so the likeness is at most their numbers of words' ratio. Most pairs of a block fail this, and are not
	 * compared word by word (two thirds of a large département's listing went to those comparisons).
	 */
	private static boolean couldBeAlike(List<String> one, List<String> other, double least) {
		int longer = Math.max(one.size(), other.size());
		return longer > 0 && Math.min(one.size(), other.size()) >= least * longer;
	}

	private static Candidate candidate(Map<String, Candidate> pairs, String one, String other) {
		return pairs.computeIfAbsent(key(one, other), any -> new Candidate(one, other));
	}

	private static String key(String one, String other) {
		return one.compareTo(other) < 0 ? one + " " + other : other + " " + one;
	}

	private void requireFacilitator(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.facilitatorsOnly", Message.of("action." + action));
		}
	}

	/** A pair being gathered: its best score and each reason once. */
	private static final class Candidate {

		private final String one;

		private final String other;

		private double score;

		private final List<Message> reasons = new ArrayList<>();

		Candidate(String one, String other) {
			this.one = one;
			this.other = other;
		}

		Candidate add(double score, Message reason) {
			this.score = Math.max(this.score, score);
			if (!this.reasons.contains(reason)) {
				this.reasons.add(reason);
			}
			return this;
		}

		LikelyDuplicate duplicate(Map<String, RollEntry> byId) {
			String first = this.one;
			String second = this.other;
			String firstName = byId.get(first).name();
			String secondName = byId.get(second).name();
			if (firstName != null && secondName != null && firstName.compareTo(secondName) > 0) {
				first = this.other;
				second = this.one;
			}
			return new LikelyDuplicate(first, second, Math.round(this.score * 1000) / 1000.0, List.copyOf(this.reasons));
		}

	}

}
