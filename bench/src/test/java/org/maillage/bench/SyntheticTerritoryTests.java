package org.maillage.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.actor.ActorKind;
import org.maillage.actor.EquipmentCategory;
import org.maillage.actor.NeedKind;
import org.maillage.actor.ProblemCategory;
import org.maillage.actor.ProblemStatus;
import org.maillage.actor.Sector;
import org.maillage.actor.Topic;
import org.maillage.bench.ReferenceData.Commune;
import org.maillage.bench.SyntheticTerritory.GeneratedActor;
import org.maillage.bench.SyntheticTerritory.GeneratedNeed;
import org.maillage.bench.SyntheticTerritory.GeneratedProblem;
import org.maillage.core.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The synthetic territory's distributions, on the real reference data, without a database. */
class SyntheticTerritoryTests {

	private static final int ACTORS = 20_000;

	private static ReferenceData reference;

	private static List<GeneratedActor> actors;

	@BeforeAll
	static void generate() {
		reference = ReferenceData.load(ReferenceData.DEFAULT_REGIONS);
		SyntheticTerritory territory = new SyntheticTerritory(reference, 42);
		actors = LongStream.range(0, ACTORS).mapToObj(territory::actor).toList();
	}

	@Test
	void theSameSeedGivesTheSameActorsWhateverTheOrder() {
		SyntheticTerritory again = new SyntheticTerritory(reference, 42);
		assertThat(again.actor(12_345)).isEqualTo(actors.get(12_345));
		assertThat(again.actor(7)).isEqualTo(actors.get(7));
		assertThat(new SyntheticTerritory(reference, 43).actor(7).id()).isNotEqualTo(actors.get(7).id());
	}

	@Test
	void idsAreUniqueVersionFourUuids() {
		Set<String> ids = new HashSet<>();
		actors.forEach(actor -> {
			ids.add(actor.id());
			actor.knowHow().forEach(item -> ids.add(item.id()));
			actor.equipment().forEach(item -> ids.add(item.id()));
			actor.problems().forEach(item -> ids.add(item.id()));
		});
		long expected = actors.stream()
			.mapToLong(actor -> 1 + actor.knowHow().size() + actor.equipment().size() + actor.problems().size())
			.sum();
		assertThat(ids).hasSize((int) expected)
			.allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
	}

	@Test
	void actorsLiveInCommunesInProportionToTheirPopulation() {
		Map<String, Commune> communes = reference.communes().stream()
			.collect(Collectors.toMap(Commune::id, Function.identity()));
		assertThat(actors).allSatisfy(actor -> assertThat(communes).containsKey(actor.communeId()));
		long population = reference.communes().stream().mapToLong(Commune::population).sum();
		Map<String, Long> peopleByDepartement = reference.communes().stream()
			.collect(Collectors.groupingBy(Commune::departement, Collectors.summingLong(Commune::population)));
		Map<String, Long> actorsByDepartement = actors.stream()
			.collect(Collectors.groupingBy(actor -> communes.get(actor.communeId()).departement(), Collectors.counting()));
		assertThat(peopleByDepartement).hasSize(23);
		peopleByDepartement.forEach((departement, people) -> assertThat(
				share(actorsByDepartement.getOrDefault(departement, 0L), ACTORS))
			.as("share of actors in département %s", departement)
			.isCloseTo(share(people, population), within(0.012)));
		// big towns hold many actors, villages few: skewed, not uniform over 12,000 communes
		Map<String, Long> byCommune = actors.stream()
			.collect(Collectors.groupingBy(GeneratedActor::communeId, Collectors.counting()));
		Commune biggest = reference.communes().stream().max(Comparator.comparingInt(Commune::population))
			.orElseThrow();
		assertThat(share(byCommune.get(biggest.id()), ACTORS)).isCloseTo(share(biggest.population(), population),
				within(0.005));
		assertThat(byCommune.size()).isLessThan(reference.communes().size() / 2);
	}

	@Test
	void mostActorsArePrivateCompaniesAndEveryKindIsThere() {
		Map<String, Long> kinds = count(actors.stream().map(GeneratedActor::kind).toList());
		assertThat(kinds.keySet()).containsExactlyInAnyOrderElementsOf(names(ActorKind.values()));
		assertThat(share(kinds.get("COMPANY"), ACTORS)).isCloseTo(0.78, within(0.02));
		assertThat(share(kinds.get("PUBLIC_BODY"), ACTORS)).isCloseTo(0.05, within(0.01));
		assertThat(actors).allSatisfy(actor -> assertThat(names(Sector.values())).contains(actor.sector()));
		assertThat(actors).filteredOn(actor -> actor.kind().equals("PUBLIC_BODY"))
			.allSatisfy(actor -> assertThat(actor.sector()).isEqualTo("PUBLIC"));
		assertThat(actors).filteredOn(actor -> actor.kind().equals("COMPANY"))
			.extracting(GeneratedActor::sector)
			.filteredOn("PRIVATE"::equals)
			.hasSizeGreaterThan((int) (kinds.get("COMPANY") * 0.95));
		assertThat(share(actors.stream().filter(actor -> actor.latitude() != null).count(), ACTORS))
			.isCloseTo(SyntheticTerritory.LOCATED_SHARE, within(0.01));
	}

	@Test
	void coreTradesAreOneToThreeRealSubclassesWithALongTail() {
		Set<String> subclasses = reference.subclasses().stream().map(ReferenceData.Trade::code).collect(Collectors.toSet());
		assertThat(actors).allSatisfy(actor -> {
			assertThat(actor.coreTrades()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
			assertThat(subclasses).containsAll(actor.coreTrades());
		});
		List<Long> frequencies = count(actors.stream().flatMap(actor -> actor.coreTrades().stream()).toList())
			.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
		long links = frequencies.stream().mapToLong(Long::longValue).sum();
		long top = frequencies.stream().limit(frequencies.size() / 10).mapToLong(Long::longValue).sum();
		assertThat(frequencies.size()).as("distinct subclasses used").isGreaterThan(400);
		assertThat(share(top, links)).as("share of the 10% most frequent subclasses").isBetween(0.45, 0.85);
		assertThat(frequencies.get(0)).isLessThan(links / 10);
	}

	@Test
	void itemsCarryTheServicesValuesAndSkewedCounts() {
		List<String> visibilities = names(Visibility.values());
		assertThat(actors).allSatisfy(actor -> {
			assertThat(actor.knowHow()).hasSizeLessThanOrEqualTo(5);
			assertThat(actor.equipment()).hasSizeLessThanOrEqualTo(3);
			assertThat(actor.topics()).hasSizeLessThanOrEqualTo(4);
			assertThat(actor.topics()).extracting(SyntheticTerritory.Interest::key).doesNotHaveDuplicates();
			actor.topics().forEach(topic -> assertThat(Topic.keyOf(topic.name())).isEqualTo(topic.key()));
			actor.equipment().forEach(item -> EquipmentCategory.valueOf(item.category()));
		});
		Map<String, Long> knowHowVisibility = count(actors.stream()
			.flatMap(actor -> actor.knowHow().stream().map(SyntheticTerritory.KnowHowItem::visibility))
			.toList());
		assertThat(knowHowVisibility.keySet()).containsExactlyInAnyOrderElementsOf(visibilities);
		assertThat(knowHowVisibility.get("PUBLIC")).isGreaterThan(knowHowVisibility.get("PRIVATE") * 4);
		double knowHowPerActor = actors.stream().mapToInt(actor -> actor.knowHow().size()).average().orElse(0);
		assertThat(knowHowPerActor).isCloseTo(2.07, within(0.1));
		Map<String, Long> topics = count(actors.stream()
			.flatMap(actor -> actor.topics().stream().map(SyntheticTerritory.Interest::key))
			.toList());
		assertThat(topics.get(Topic.keyOf(Vocabulary.TOPICS.get(0))))
			.isGreaterThan(5 * topics.getOrDefault(Topic.keyOf(Vocabulary.TOPICS.get(Vocabulary.TOPICS.size() - 1)), 1L));
	}

	@Test
	void aTenthOfActorsStateProblemsAndMostProblemsStateNeeds() {
		long withProblems = actors.stream().filter(actor -> !actor.problems().isEmpty()).count();
		assertThat(share(withProblems, ACTORS)).isCloseTo(SyntheticTerritory.PROBLEM_SHARE, within(0.01));
		List<GeneratedProblem> problems = actors.stream().flatMap(actor -> actor.problems().stream()).toList();
		long textOnly = problems.stream().filter(problem -> problem.needs().isEmpty()).count();
		assertThat(share(textOnly, problems.size())).isCloseTo(SyntheticTerritory.TEXT_ONLY_PROBLEM_SHARE,
				within(0.03));
		Set<String> codes = reference.codes();
		assertThat(problems).allSatisfy(problem -> {
			ProblemCategory.valueOf(problem.category());
			ProblemStatus.valueOf(problem.status());
			Visibility.valueOf(problem.visibility());
			if (!problem.needs().isEmpty()) {
				assertThat(problem.needs()).hasSizeBetween(2, 5);
			}
			for (int rank = 0; rank < problem.needs().size(); rank++) {
				GeneratedNeed need = problem.needs().get(rank);
				assertThat(need.rank()).isEqualTo(rank);
				switch (NeedKind.valueOf(need.kind())) {
					case TRADE -> assertThat(codes).contains(need.value());
					case EQUIPMENT_CATEGORY -> EquipmentCategory.valueOf(need.value());
					case TOPIC -> assertThat(Topic.keyOf(need.value())).isEqualTo(need.value());
					case KNOW_HOW -> assertThat(need.value()).isNotBlank();
				}
			}
		});
		assertThat(problems.stream().flatMap(problem -> problem.needs().stream()).map(GeneratedNeed::kind)
			.collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(names(NeedKind.values()));
	}

	@Test
	void namesElideBeforeAVowel() {
		assertThat(SyntheticTerritory.of("Épinal")).isEqualTo("d'Épinal");
		assertThat(SyntheticTerritory.of("Abreschviller")).isEqualTo("d'Abreschviller");
		assertThat(SyntheticTerritory.of("Metz")).isEqualTo("de Metz");
	}

	@Test
	void everyNafDivisionHasItsVocabulary() {
		reference.trades().stream()
			.filter(trade -> trade.level().equals("DIVISION"))
			.forEach(trade -> assertThat(Vocabulary.familyOf(trade.code()).skills()).isNotEmpty());
	}

	@Test
	void zipfPicksFollowTheirWeights() {
		WeightedChoice<Integer> zipf = WeightedChoice.zipf(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 1.0);
		SplittableRandom random = new SplittableRandom(1);
		Map<Integer, Long> picks = count(LongStream.range(0, 100_000).mapToObj(i -> zipf.pick(random)).toList());
		for (int value = 0; value < 10; value++) {
			assertThat(share(picks.get(value), 100_000)).isCloseTo(zipf.probability(value), within(0.006));
		}
		assertThat(zipf.probability(0)).isCloseTo(2 * zipf.probability(1), within(1e-9));
		WeightedChoice<String> withZero = WeightedChoice.of(List.of("never", "always"), 0, 1);
		assertThat(LongStream.range(0, 1_000).mapToObj(i -> withZero.pick(random))).containsOnly("always");
	}

	private static double share(long part, long whole) {
		return (double) part / whole;
	}

	private static <T> Map<T, Long> count(Collection<T> values) {
		Map<T, Long> counts = new HashMap<>();
		values.forEach(value -> counts.merge(value, 1L, Long::sum));
		return counts;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
