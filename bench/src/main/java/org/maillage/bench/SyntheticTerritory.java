package org.maillage.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.maillage.actor.Topic;
import org.maillage.bench.ReferenceData.Commune;
import org.maillage.bench.ReferenceData.Trade;
import org.maillage.bench.Vocabulary.Family;
import org.maillage.bench.Vocabulary.NeedModel;
import org.maillage.bench.Vocabulary.ProblemModel;

/**
 * Makes the actors of a synthetic territory, one at a time and without a database. Actor number {@code i} depends
 * only on the seed and {@code i} (each actor draws from its own random stream), so the same seed gives the same
 * territory however it is cut into batches, and a territory can be grown from 10,000 to 100,000 actors.
 */
final class SyntheticTerritory {

	record KnowHowItem(String id, String name, String description, String visibility) {
	}

	record EquipmentItem(String id, String name, String category, String description, String capacity,
			String sharingTerms, String visibility) {
	}

	/** A topic interest: the topic's key and the words this actor used for it. */
	record Interest(String key, String name, String visibility) {
	}

	record GeneratedNeed(String kind, String value, boolean essential, int rank) {
	}

	record GeneratedProblem(String id, String title, String description, String category, String status,
			OffsetDateTime createdAt, String visibility, List<GeneratedNeed> needs) {
	}

	record GeneratedActor(String id, String kind, String sector, String name, String description, String website,
			String communeId, Double latitude, Double longitude, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			List<String> coreTrades, List<KnowHowItem> knowHow, List<EquipmentItem> equipment, List<Interest> topics,
			List<GeneratedProblem> problems) {
	}

	static final List<String> VISIBILITIES = List.of("PUBLIC", "MEMBERS", "FACILITATORS", "PRIVATE");

	/** Kinds of actor with their share of a territory's directory: mostly companies. */
	static final WeightedChoice<String> KINDS = WeightedChoice.of(
			List.of("COMPANY", "PUBLIC_BODY", "RESEARCH_LAB", "CLUSTER", "ASSOCIATION", "TRAINING_BODY", "INVESTOR",
					"OTHER"),
			78, 5, 3, 1, 6, 4, 1, 2);

	/**
	 * NAF divisions of companies, the most frequent first (manufacturing, construction, trade, services to
	 * industry); companies draw their first core trade from a Zipf law over this order, then over the subclasses
	 * of the division in code order. Divisions not listed follow in code order, in the thin tail.
	 */
	static final List<String> COMPANY_DIVISIONS = List.of("25", "43", "46", "62", "71", "28", "10", "22", "33",
			"49", "20", "27", "29", "26", "24", "16", "23", "38", "35", "52", "70", "72", "41", "42", "17", "13", "18",
			"31", "32", "30", "21", "11", "01", "02", "36", "37", "39", "45", "47", "58", "63", "69", "73", "74", "77",
			"78", "82", "14", "15", "19", "08", "81", "68", "64", "66");

	/** Core trades of the actors that are not companies: NAF subclasses they typically register under. */
	private static final Map<String, List<String>> KIND_TRADES = Map.of(
			"PUBLIC_BODY", List.of("84.11Z", "84.13Z", "84.12Z"),
			"RESEARCH_LAB", List.of("72.19Z", "72.11Z", "85.42Z", "72.20Z"),
			"CLUSTER", List.of("94.11Z", "94.99Z", "70.22Z", "94.12Z"),
			"ASSOCIATION", List.of("94.99Z", "88.99B", "94.12Z"),
			"TRAINING_BODY", List.of("85.59A", "85.32Z", "85.42Z", "85.59B"),
			"INVESTOR", List.of("64.30Z", "66.30Z", "64.99Z", "64.20Z"));

	private static final Map<String, WeightedChoice<String>> SECTORS = Map.of(
			"COMPANY", WeightedChoice.of(List.of("PRIVATE", "PUBLIC"), 97, 3),
			"PUBLIC_BODY", WeightedChoice.of(List.of("PUBLIC"), 1),
			"RESEARCH_LAB", WeightedChoice.of(List.of("ACADEMIC", "PUBLIC", "PRIVATE"), 80, 10, 10),
			"CLUSTER", WeightedChoice.of(List.of("NON_PROFIT", "PRIVATE"), 80, 20),
			"ASSOCIATION", WeightedChoice.of(List.of("NON_PROFIT"), 1),
			"TRAINING_BODY", WeightedChoice.of(List.of("PUBLIC", "PRIVATE", "NON_PROFIT"), 40, 35, 25),
			"INVESTOR", WeightedChoice.of(List.of("PRIVATE", "PUBLIC"), 70, 30),
			"OTHER", WeightedChoice.of(List.of("NON_PROFIT", "PRIVATE"), 50, 50));

	private static final WeightedChoice<String> ITEM_VISIBILITY = WeightedChoice.of(VISIBILITIES, 60, 20, 12, 8);

	private static final WeightedChoice<String> TOPIC_VISIBILITY = WeightedChoice.of(VISIBILITIES, 80, 10, 6, 4);

	private static final WeightedChoice<String> PROBLEM_VISIBILITY = WeightedChoice.of(VISIBILITIES, 50, 28, 13, 9);

	private static final WeightedChoice<Integer> CORE_TRADE_COUNT = WeightedChoice.of(List.of(1, 2, 3), 60, 30, 10);

	private static final WeightedChoice<Integer> KNOW_HOW_COUNT = WeightedChoice.of(List.of(0, 1, 2, 3, 4, 5),
			15, 25, 25, 18, 10, 7);

	private static final WeightedChoice<Integer> EQUIPMENT_COUNT = WeightedChoice.of(List.of(0, 1, 2, 3),
			45, 30, 15, 10);

	private static final WeightedChoice<Integer> TOPIC_COUNT = WeightedChoice.of(List.of(0, 1, 2, 3, 4),
			20, 25, 25, 18, 12);

	private static final WeightedChoice<Integer> PROBLEM_COUNT = WeightedChoice.of(List.of(1, 2, 3), 75, 20, 5);

	/** Share of actors that state at least one problem. */
	static final double PROBLEM_SHARE = 0.10;

	/** Share of problems stated in text only, with no need: matchmaking infers needs from their words. */
	static final double TEXT_ONLY_PROBLEM_SHARE = 0.20;

	/** Share of actors with a location (the others gave none). */
	static final double LOCATED_SHARE = 0.9;

	private static final OffsetDateTime FIRST_REGISTRATION = OffsetDateTime.of(2023, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);

	/** Registrations spread over two and a half years; problems come within a year of their actor's registration. */
	private static final long REGISTRATION_SPAN_SECONDS = Duration.ofDays(912).toSeconds();

	/** Approximate centres of the départements of the default régions (latitude, longitude). */
	private static final Map<String, double[]> DEPARTEMENT_CENTRES = Map.ofEntries(
			Map.entry("08", new double[] { 49.62, 4.63 }), Map.entry("10", new double[] { 48.30, 4.16 }),
			Map.entry("51", new double[] { 48.95, 4.24 }), Map.entry("52", new double[] { 48.11, 5.23 }),
			Map.entry("54", new double[] { 48.79, 6.16 }), Map.entry("55", new double[] { 48.99, 5.38 }),
			Map.entry("57", new double[] { 49.04, 6.66 }), Map.entry("67", new double[] { 48.67, 7.55 }),
			Map.entry("68", new double[] { 47.86, 7.27 }), Map.entry("88", new double[] { 48.20, 6.38 }),
			Map.entry("02", new double[] { 49.56, 3.56 }), Map.entry("59", new double[] { 50.45, 3.22 }),
			Map.entry("60", new double[] { 49.41, 2.43 }), Map.entry("62", new double[] { 50.49, 2.29 }),
			Map.entry("80", new double[] { 49.96, 2.28 }), Map.entry("21", new double[] { 47.42, 4.77 }),
			Map.entry("25", new double[] { 47.17, 6.36 }), Map.entry("39", new double[] { 46.73, 5.70 }),
			Map.entry("58", new double[] { 47.12, 3.50 }), Map.entry("70", new double[] { 47.64, 6.09 }),
			Map.entry("71", new double[] { 46.64, 4.54 }), Map.entry("89", new double[] { 47.84, 3.56 }),
			Map.entry("90", new double[] { 47.63, 6.93 }));

	private final long seed;

	private final WeightedChoice<Commune> communes;

	private final WeightedChoice<String> companyDivisions;

	private final Map<String, WeightedChoice<Trade>> subclassesOfDivision = new HashMap<>();

	private final Map<String, String> labels;

	private final WeightedChoice<String> topics = WeightedChoice.zipf(Vocabulary.TOPICS, 1.0);

	SyntheticTerritory(ReferenceData reference, long seed) {
		this.seed = seed;
		this.communes = WeightedChoice.of(reference.communes(), Commune::population);
		Map<String, List<Trade>> byDivision = reference.subclassesByDivision();
		byDivision.forEach((division, subclasses) -> this.subclassesOfDivision.put(division,
				WeightedChoice.zipf(subclasses, 1.0)));
		Set<String> divisions = new LinkedHashSet<>(COMPANY_DIVISIONS);
		divisions.addAll(byDivision.keySet());
		divisions.retainAll(byDivision.keySet());
		this.companyDivisions = WeightedChoice.zipf(List.copyOf(divisions), 0.9);
		this.labels = reference.trades().stream().collect(Collectors.toMap(Trade::code, Trade::label));
		Set<String> missing = new LinkedHashSet<>();
		KIND_TRADES.values().forEach(missing::addAll);
		Vocabulary.FAMILIES.forEach(family -> family.problems().forEach(problem -> needCodes(problem, missing)));
		Vocabulary.COMMON_PROBLEMS.forEach(problem -> needCodes(problem, missing));
		missing.removeAll(this.labels.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("NAF codes of the vocabulary are not in NAF rev. 2: " + missing);
		}
	}

	private static void needCodes(ProblemModel problem, Set<String> codes) {
		problem.needs().stream().filter(need -> need.kind().equals("TRADE")).forEach(need -> codes.add(need.value()));
	}

	/** Actor number {@code index} of the territory (from 0). */
	GeneratedActor actor(long index) {
		SplittableRandom random = new SplittableRandom(mix(this.seed * 0x9E3779B97F4A7C15L + index));
		String id = uuid(random);
		String kind = KINDS.pick(random);
		String sector = SECTORS.get(kind).pick(random);
		Commune commune = this.communes.pick(random);
		List<String> trades = coreTrades(kind, random);
		Family family = Vocabulary.familyOf(trades.get(0).substring(0, 2));
		String name = name(kind, family, commune, random);
		String description = description(kind, commune, trades, random);
		String website = random.nextDouble() < 0.6
				? "https://example.org/" + slug(name) + "-" + id.substring(0, 4) : null;
		double[] location = location(commune, random);
		OffsetDateTime createdAt = FIRST_REGISTRATION.plusSeconds(random.nextLong(REGISTRATION_SPAN_SECONDS));
		OffsetDateTime updatedAt = random.nextDouble() < 0.5 ? createdAt
				: createdAt.plusSeconds(random.nextLong(Duration.ofDays(180).toSeconds()));
		Family skillFamily = trades.size() > 1 && random.nextDouble() < 0.3
				? Vocabulary.familyOf(trades.get(1).substring(0, 2)) : family;
		return new GeneratedActor(id, kind, sector, name, description, website, commune.id(),
				location == null ? null : location[0], location == null ? null : location[1], createdAt, updatedAt,
				trades, knowHow(skillFamily, random), equipment(family, commune, random), interests(family, random),
				problems(family, commune, createdAt, random));
	}

	private List<String> coreTrades(String kind, SplittableRandom random) {
		List<String> kindTrades = KIND_TRADES.get(kind);
		Set<String> trades = new LinkedHashSet<>();
		trades.add(kindTrades == null ? companyTrade(random).code() : kindTrades.get(random.nextInt(kindTrades.size())));
		int count = CORE_TRADE_COUNT.pick(random);
		for (int attempt = 0; trades.size() < count && attempt < 10; attempt++) {
			String division = trades.iterator().next().substring(0, 2);
			// a second trade is mostly a neighbour of the first (same division), sometimes another activity
			trades.add(random.nextDouble() < 0.7 ? this.subclassesOfDivision.get(division).pick(random).code()
					: companyTrade(random).code());
		}
		return List.copyOf(trades);
	}

	private Trade companyTrade(SplittableRandom random) {
		return this.subclassesOfDivision.get(this.companyDivisions.pick(random)).pick(random);
	}

	private String name(String kind, Family family, Commune commune, SplittableRandom random) {
		String surname = any(Vocabulary.SURNAMES, random);
		String activity = any(family.activities(), random);
		String place = commune.name();
		return switch (kind) {
			case "COMPANY" -> switch (random.nextInt(4)) {
				case 0 -> activity + " " + surname;
				case 1 -> surname + " " + any(Vocabulary.NAME_SUFFIXES, random);
				case 2 -> activity + " " + of(place);
				default -> acronym(random) + " " + activity;
			};
			case "PUBLIC_BODY" -> any(List.of("Communauté de communes", "Ville", "Agence de développement",
					"Syndicat mixte"), random) + " " + of(place);
			case "RESEARCH_LAB" -> any(List.of("Laboratoire de ", "Institut de ", "Centre technique de "), random)
					+ activity.toLowerCase(Locale.FRENCH) + " " + of(place);
			case "CLUSTER" -> any(List.of("Pôle ", "Cluster ", "Réseau "), random) + activity + " " + place;
			case "ASSOCIATION" -> "Association " + any(Vocabulary.TOPICS, random) + " " + of(place);
			case "TRAINING_BODY" -> any(List.of("Centre de formation", "Lycée professionnel", "CFA"), random) + " "
					+ of(place);
			case "INVESTOR" -> place + " " + any(List.of("Capital", "Investissement", "Participations"), random);
			default -> any(List.of("Tiers-lieu", "Fablab", "Coopérative"), random) + " " + of(place);
		};
	}

	/** "de Metz", "d'Épinal": French elides "de" before a vowel. */
	static String of(String place) {
		char first = Topic.keyOf(place.substring(0, 1)).charAt(0);
		return ("aeiouy".indexOf(first) >= 0 ? "d'" : "de ") + place;
	}

	private String description(String kind, Commune commune, List<String> trades, SplittableRandom random) {
		String what = switch (kind) {
			case "COMPANY" -> "Entreprise";
			case "PUBLIC_BODY" -> "Collectivité";
			case "RESEARCH_LAB" -> "Laboratoire";
			case "CLUSTER" -> "Pôle d'entreprises";
			case "ASSOCIATION" -> "Association";
			case "TRAINING_BODY" -> "Organisme de formation";
			case "INVESTOR" -> "Investisseur";
			default -> "Structure";
		};
		String activities = trades.stream()
			.map(code -> this.labels.get(code).toLowerCase(Locale.FRENCH))
			.collect(Collectors.joining(" ; "));
		return (what + " (" + commune.name() + "). Activités : " + activities + ". "
				+ any(Vocabulary.QUALIFIERS, random)).strip();
	}

	private List<KnowHowItem> knowHow(Family family, SplittableRandom random) {
		return distinct(family.skills(), KNOW_HOW_COUNT.pick(random), random).stream()
			.map(skill -> new KnowHowItem(uuid(random), skill.name(),
					(skill.description() + " " + any(Vocabulary.QUALIFIERS, random)).strip(),
					ITEM_VISIBILITY.pick(random)))
			.toList();
	}

	private List<EquipmentItem> equipment(Family family, Commune commune, SplittableRandom random) {
		return distinct(family.equipment(), EQUIPMENT_COUNT.pick(random), random).stream()
			.map(model -> new EquipmentItem(uuid(random), model.name(), model.category(),
					model.name() + ". Site : " + commune.name() + ". Ouvert aux partenaires du territoire.",
					model.capacity(), random.nextDouble() < 0.7 ? any(Vocabulary.SHARING_TERMS, random) : null,
					ITEM_VISIBILITY.pick(random)))
			.toList();
	}

	private List<Interest> interests(Family family, SplittableRandom random) {
		int count = TOPIC_COUNT.pick(random);
		List<String> familyTopics = family.problems().stream()
			.flatMap(problem -> problem.needs().stream())
			.filter(need -> need.kind().equals("TOPIC"))
			.map(NeedModel::value)
			.distinct()
			.toList();
		Set<String> names = new LinkedHashSet<>();
		for (int attempt = 0; names.size() < count && attempt < 20; attempt++) {
			// a third of the interests follow the actor's trade, the rest the territory's popular topics
			names.add(!familyTopics.isEmpty() && random.nextDouble() < 0.33 ? any(familyTopics, random)
					: this.topics.pick(random));
		}
		return names.stream().map(name -> new Interest(Topic.keyOf(name), name, TOPIC_VISIBILITY.pick(random))).toList();
	}

	private List<GeneratedProblem> problems(Family family, Commune commune, OffsetDateTime registered,
			SplittableRandom random) {
		if (random.nextDouble() >= PROBLEM_SHARE) {
			return List.of();
		}
		int count = PROBLEM_COUNT.pick(random);
		List<GeneratedProblem> problems = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ProblemModel model = !family.problems().isEmpty() && random.nextDouble() < 0.6
					? any(family.problems(), random) : any(Vocabulary.COMMON_PROBLEMS, random);
			List<GeneratedNeed> needs = random.nextDouble() < TEXT_ONLY_PROBLEM_SHARE ? List.of()
					: needs(model, random);
			problems.add(new GeneratedProblem(uuid(random), model.title(),
					model.description() + " Site de " + commune.name() + ", " + (5 + random.nextInt(400)) + " salariés.",
					model.category(), random.nextDouble() < 0.95 ? "OPEN" : "SOLVED",
					registered.plusSeconds(random.nextLong(Duration.ofDays(365).toSeconds())),
					PROBLEM_VISIBILITY.pick(random), needs));
		}
		return problems;
	}

	/** Two to five of the model's needs, in the model's order, stored as the service normalises them. */
	private static List<GeneratedNeed> needs(ProblemModel model, SplittableRandom random) {
		int available = model.needs().size();
		int count = Math.min(available, 2 + random.nextInt(4));
		List<Integer> chosen = distinct(IntStream.range(0, available).boxed().toList(), count, random);
		List<GeneratedNeed> needs = new ArrayList<>();
		chosen.stream().sorted().forEach(i -> {
			NeedModel need = model.needs().get(i);
			String value = need.kind().equals("TOPIC") ? Topic.keyOf(need.value()) : need.value();
			needs.add(new GeneratedNeed(need.kind(), value, random.nextDouble() < 0.4, needs.size()));
		});
		return needs;
	}

	/**
	 * A point near the commune: each commune has a stable pseudo-position inside its département (the reference
	 * data has no coordinates), actors are scattered about a kilometre around it. Null for the tenth of actors
	 * that gave no location, and outside the départements whose centres are known.
	 */
	private static double[] location(Commune commune, SplittableRandom random) {
		double[] centre = DEPARTEMENT_CENTRES.get(commune.departement());
		if (centre == null || random.nextDouble() >= LOCATED_SHARE) {
			return null;
		}
		SplittableRandom place = new SplittableRandom(mix(commune.code().hashCode()));
		double latitude = centre[0] + (place.nextDouble() - 0.5) * 0.5 + (random.nextDouble() - 0.5) * 0.02;
		double longitude = centre[1] + (place.nextDouble() - 0.5) * 0.7 + (random.nextDouble() - 0.5) * 0.03;
		return new double[] { Math.round(latitude * 1e5) / 1e5, Math.round(longitude * 1e5) / 1e5 };
	}

	/** The row one actor is written from by {@link TerritoryGenerator}'s Cypher. */
	static Map<String, Object> row(GeneratedActor actor) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", actor.id());
		row.put("kind", actor.kind());
		row.put("sector", actor.sector());
		row.put("name", actor.name());
		row.put("description", actor.description());
		row.put("website", actor.website());
		row.put("communeId", actor.communeId());
		row.put("latitude", actor.latitude());
		row.put("longitude", actor.longitude());
		row.put("createdAt", actor.createdAt());
		row.put("updatedAt", actor.updatedAt());
		row.put("trades", actor.coreTrades());
		row.put("knowHow", actor.knowHow().stream().map(item -> map("id", item.id(), "name", item.name(),
				"description", item.description(), "visibility", item.visibility())).toList());
		row.put("equipment", actor.equipment().stream().map(item -> map("id", item.id(), "name", item.name(),
				"category", item.category(), "description", item.description(), "capacity", item.capacity(),
				"sharingTerms", item.sharingTerms(), "visibility", item.visibility())).toList());
		row.put("topics", actor.topics().stream().map(interest -> map("key", interest.key(), "name", interest.name(),
				"visibility", interest.visibility())).toList());
		row.put("problems", actor.problems().stream().map(problem -> map("id", problem.id(), "title", problem.title(),
				"description", problem.description(), "category", problem.category(), "status", problem.status(),
				"createdAt", problem.createdAt(), "visibility", problem.visibility(),
				"needs", problem.needs().stream().map(need -> map("kind", need.kind(), "value", need.value(),
						"essential", need.essential(), "rank", need.rank())).toList())).toList());
		return row;
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static <T> List<T> distinct(List<T> values, int count, SplittableRandom random) {
		List<T> pool = new ArrayList<>(values);
		List<T> chosen = new ArrayList<>();
		while (chosen.size() < count && !pool.isEmpty()) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		return chosen;
	}

	private static <T> T any(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String acronym(SplittableRandom random) {
		StringBuilder letters = new StringBuilder();
		for (int i = 2 + random.nextInt(3); i > 0; i--) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}

	private static String slug(String name) {
		return Topic.keyOf(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/** A random (version 4) UUID drawn from the actor's stream, so that ids are reproducible too. */
	private static String uuid(SplittableRandom random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** Stafford's variant 13 of the 64-bit finaliser: neighbouring inputs give unrelated seeds. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
