package org.maillage.matchmaking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.maillage.actor.ActorDirectory;
import org.maillage.actor.Problem;
import org.maillage.actor.ProfilePart;
import org.maillage.demo.EcosystemFixture;
import org.maillage.security.SystemCaller;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * A labelled matchmaking territory (test resources FOLDER/territory.json and labels.json, reasoning in
 * docs/matchmaking-scenarios.md), loaded through the service's own registration code: the scenario set the ranking is
 * measured on ({@value #SCENARIOS}), or the set kept apart to measure it on data its rules were not tuned to
 * ({@value #UNSEEN}).
 */
final class ScenarioTerritory {

	final Map<String, String> ids;

	final Map<String, String> keys = new HashMap<>();

	final List<Labelled> problems;

	/** Each actor's commune INSEE code, by key. */
	final Map<String, String> communes = new HashMap<>();

	private final Map<String, String> problemIds = new HashMap<>();

	private ScenarioTerritory(Map<String, String> ids, List<Labelled> problems, ActorDirectory directory) {
		this.ids = ids;
		this.problems = problems;
		ids.forEach((key, id) -> this.keys.put(id, key));
		SystemCaller.run(() -> {
			directory.profiles(ids.values(), EnumSet.of(ProfilePart.PROBLEMS)).problems().values().stream().flatMap(List::stream)
				.forEach(problem -> this.problemIds.put(this.keys.get(problem.actorId()) + "/" + problem.title(),
						problem.id()));
			return null;
		});
	}

	static final String SCENARIOS = "scenarios";

	static final String UNSEEN = "scenarios-unseen";

	/** A second set kept apart, written once the first had been used to tune the ranking. */
	static final String SECOND_UNSEEN = "scenarios-unseen-2";

	/** A third, measured only once the changes the second prompted were made. */
	static final String THIRD_UNSEEN = "scenarios-unseen-3";

	/** A fourth, in Hauts-de-France, held out from every change made before it was first measured. */
	static final String FOURTH_UNSEEN = "scenarios-unseen-4";

	/** A fifth, in Occitanie, held out from every change made before it was first measured. */
	static final String FIFTH_UNSEEN = "scenarios-unseen-5";

	/** A sixth, in Pays de la Loire, held out from every change made before it was first measured. */
	static final String SIXTH_UNSEEN = "scenarios-unseen-6";

	/** A seventh, in Bretagne, held out from every change made before it was first measured. */
	static final String SEVENTH_UNSEEN = "scenarios-unseen-7";

	/** An eighth, in Normandie, held out from every change made before it was first measured. */
	static final String EIGHTH_UNSEEN = "scenarios-unseen-8";

	/** A ninth, in Nouvelle-Aquitaine, held out from every change made before it was first measured. */
	static final String NINTH_UNSEEN = "scenarios-unseen-9";

	/** A tenth, in Auvergne-Rhône-Alpes, held out from every change made before it was first measured. */
	static final String TENTH_UNSEEN = "scenarios-unseen-10";

	/** An eleventh, in Provence-Alpes-Côte d'Azur, held out from every change made before it was first measured. */
	static final String ELEVENTH_UNSEEN = "scenarios-unseen-11";

	/** A twelfth, in Centre-Val de Loire, held out from every change made before it was first measured. */
	static final String TWELFTH_UNSEEN = "scenarios-unseen-12";

	/** A thirteenth, in Île-de-France, held out from every change made before it was first measured. */
	static final String THIRTEENTH_UNSEEN = "scenarios-unseen-13";

	/** A fourteenth set kept apart, in the Massif central (Auvergne and Limousin). */
	static final String FOURTEENTH_UNSEEN = "scenarios-unseen-14";

	/** A fifteenth set kept apart, in eastern Occitanie and Corsica. */
	static final String FIFTEENTH_UNSEEN = "scenarios-unseen-15";

	/** A sixteenth set kept apart, in La Réunion and the Antilles. */
	static final String SIXTEENTH_UNSEEN = "scenarios-unseen-16";

	/** A seventeenth set kept apart, in Corsica. */
	static final String SEVENTEENTH_UNSEEN = "scenarios-unseen-17";

	private static final Map<List<Object>, ScenarioTerritory> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

	/** The scenario territory of this context's database, loaded on first use (test classes share the context). */
	static ScenarioTerritory of(ApplicationContext context) {
		return of(context, SCENARIOS);
	}

	/** The labelled territory of this folder in this context's database, loaded on first use. */
	static ScenarioTerritory of(ApplicationContext context, String folder) {
		return LOADED.computeIfAbsent(List.of(context, folder), key -> load(context, folder));
	}

	private static ScenarioTerritory load(ApplicationContext context, String folder) {
		Map<String, String> ids = EcosystemFixture.load(context, folder + "/territory.json");
		try (InputStream in = new ClassPathResource(folder + "/labels.json").getInputStream()) {
			JsonMapper json = context.getBean(JsonMapper.class);
			Labels labels = json.readValue(in, Labels.class);
			ScenarioTerritory scenario = new ScenarioTerritory(ids, labels.problems(), context.getBean(ActorDirectory.class));
			try (InputStream territory = new ClassPathResource(folder + "/territory.json").getInputStream()) {
				json.readTree(territory).get("actors").forEach(actor -> scenario.communes.put(
						actor.get("key").asString(), actor.get("commune").asString()));
			}
			return scenario;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String problemId(Labelled problem) {
		return this.problemIds.get(problem.owner() + "/" + problem.title());
	}

	/** Every problem of the territory, labelled or not, in a stable order. */
	List<String> problemIds() {
		return this.problemIds.values().stream().sorted().toList();
	}

	String problemId(String owner, String titleStart) {
		return this.problemIds.entrySet().stream()
			.filter(entry -> entry.getKey().startsWith(owner + "/" + titleStart))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No problem " + owner + "/" + titleStart));
	}

	Labelled labelled(String owner) {
		return this.problems.stream().filter(p -> p.owner().equals(owner)).findFirst().orElseThrow();
	}

	/** Whether the actor is in Grand Est (région 44), the scenarios' territory, by its commune's département. */
	boolean inGrandEst(String key) {
		String commune = this.communes.get(key);
		return commune != null && List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")
			.contains(commune.substring(0, 2));
	}

	String id(String key) {
		String id = this.ids.get(key);
		if (id == null) {
			throw new IllegalArgumentException("No scenario actor " + key);
		}
		return id;
	}

	record Labels(List<Labelled> problems) {
	}

	/**
	 * One labelled problem. {@code core} are the relevant actors a facilitator must not miss; {@code reasons} says why
	 * each actor is labelled (for the older problems, docs/matchmaking-scenarios.md does).
	 */
	record Labelled(String owner, String title, List<String> relevant, List<String> core, List<String> irrelevant,
			List<String> relevantOnlyForFacilitators, List<String> hiddenFromPublic, Map<String, String> reasons) {

		Labelled {
			relevantOnlyForFacilitators = relevantOnlyForFacilitators == null ? List.of() : relevantOnlyForFacilitators;
			hiddenFromPublic = hiddenFromPublic == null ? List.of() : hiddenFromPublic;
			reasons = reasons == null ? Map.of() : reasons;
		}

	}

}
