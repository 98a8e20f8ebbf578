package org.maillage.observatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.fr.FrenchLightStemmer;

import org.maillage.core.TextQuery;

/**
 * Groups problems that say and need the same thing: <b>sequential leader clustering</b> (J. A. Hartigan,
 * <i>Clustering Algorithms</i>, Wiley, 1975, ch. 3) over TF-IDF vectors compared by cosine similarity. Each problem,
 * oldest first, joins the group whose centroid it is most similar to when that similarity is at least
 * {@link #THRESHOLD}, else starts a group of its own. One pass, so its cost grows with the problems times the groups
 * they could join (found through the groups' words), not with every pair of problems.
 * <p>
 * A problem's features are the stems of its title's words (weight {@value #TITLE_WEIGHT}) and of its description's
 * (weight 1), French stop words and words empty of subject left out ({@link TextQuery#wordsOf}), accents folded,
 * stemmed by Lucene's {@link FrenchLightStemmer} (J. Savoy's light stemmer), and its stated needs (weight
 * {@value #NEED_WEIGHT}), each weighted by its inverse document frequency among the problems grouped.
 */
final class ProblemClustering {

	/** The cosine similarity from which a problem joins a group (docs/observatory.md, "Recurring problems"). */
	static final double THRESHOLD = 0.35;

	static final double TITLE_WEIGHT = 2.0;

	static final double NEED_WEIGHT = 2.0;

	/** A problem looks for groups through its most weighty features only. */
	private static final int LOOKUP_FEATURES = 6;

	private static final String NEED = "need:";

	private ProblemClustering() {
	}

	/**
	 * @param items in the order they are grouped (the oldest first)
	 * @return the groups, each the indexes of its items in {@code items}, with the words and needs it is made of
	 */
	static List<Group> cluster(List<Item> items) {
		Map<String, String> surfaces = new HashMap<>();
		List<Map<String, Double>> counts = items.stream().map(item -> features(item, surfaces)).toList();
		Map<String, Integer> documents = new HashMap<>();
		counts.forEach(features -> features.keySet().forEach(feature -> documents.merge(feature, 1, Integer::sum)));
		int n = items.size();
		List<Map<String, Double>> vectors = counts.stream().map(features -> {
			Map<String, Double> vector = new HashMap<>();
			features.forEach((feature, count) -> vector.put(feature,
					count * (Math.log((n + 1.0) / (documents.get(feature) + 1.0)) + 1.0)));
			return normalised(vector);
		}).toList();

		List<Centroid> centroids = new ArrayList<>();
		Map<String, Set<Integer>> byFeature = new HashMap<>();
		for (int i = 0; i < vectors.size(); i++) {
			Map<String, Double> vector = vectors.get(i);
			Set<Integer> candidates = new HashSet<>();
			vector.entrySet().stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.limit(LOOKUP_FEATURES)
				.forEach(feature -> candidates.addAll(byFeature.getOrDefault(feature.getKey(), Set.of())));
			int best = -1;
			double bestSimilarity = 0;
			for (int candidate : candidates) {
				double similarity = centroids.get(candidate).similarity(vector);
				if (similarity > bestSimilarity || (similarity == bestSimilarity && candidate < best)) {
					best = candidate;
					bestSimilarity = similarity;
				}
			}
			if (best < 0 || bestSimilarity < THRESHOLD) {
				best = centroids.size();
				centroids.add(new Centroid());
			}
			centroids.get(best).add(i, vector);
			int group = best;
			vector.keySet().forEach(feature -> byFeature.computeIfAbsent(feature, any -> new HashSet<>()).add(group));
		}
		return centroids.stream().map(centroid -> centroid.group(vectors, surfaces)).toList();
	}

	private static Map<String, Double> features(Item item, Map<String, String> surfaces) {
		Map<String, Double> features = new LinkedHashMap<>();
		words(item.title(), TITLE_WEIGHT, features, surfaces);
		words(item.description(), 1.0, features, surfaces);
		item.needs().forEach(need -> features.merge(NEED + need, NEED_WEIGHT, Double::sum));
		return features;
	}

	private static void words(String text, double weight, Map<String, Double> features, Map<String, String> surfaces) {
		for (String word : TextQuery.wordsOf(text, 80)) {
			String stem = stem(word);
			surfaces.putIfAbsent(stem, word);
			features.merge(stem, weight, Double::sum);
		}
	}

	/** Accents folded, then Savoy's light French stemmer: "recyclages", "recyclage" → "recyclag". */
	static String stem(String word) {
		String folded = TextQuery.withoutAccents(word);
		char[] chars = folded.toCharArray();
		int length = new FrenchLightStemmer().stem(chars, chars.length);
		return new String(chars, 0, length);
	}

	private static Map<String, Double> normalised(Map<String, Double> vector) {
		double norm = Math.sqrt(vector.values().stream().mapToDouble(value -> value * value).sum());
		if (norm > 0) {
			vector.replaceAll((feature, value) -> value / norm);
		}
		return vector;
	}

	private static double dot(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = a.size() <= b.size() ? a : b;
		Map<String, Double> large = small == a ? b : a;
		double sum = 0;
		for (Map.Entry<String, Double> entry : small.entrySet()) {
			Double other = large.get(entry.getKey());
			if (other != null) {
				sum += entry.getValue() * other;
			}
		}
		return sum;
	}

	/** A problem to group: its words and its stated needs ({@code KIND:value}). */
	record Item(String title, String description, List<String> needs) {
	}

	/**
	 * @param members indexes of the items, oldest first
	 * @param representative the index of the member nearest the group's centre
	 * @param words the group's weightiest words, as first written
	 * @param needs the stated needs at least half of its members (two at least) share, {@code KIND:value}
	 */
	record Group(List<Integer> members, int representative, List<String> words, List<String> needs) {
	}

	/** The sum of a group's vectors, and its norm. */
	private static final class Centroid {

		private final List<Integer> members = new ArrayList<>();

		private final Map<String, Double> sum = new HashMap<>();

		private final Map<String, Integer> needCounts = new HashMap<>();

		private double norm;

		/** The sum of the squares of {@link #sum}'s values, kept as members join: recounting it was the grouping's cost. */
		private double squares;

		double similarity(Map<String, Double> vector) {
			return this.norm == 0 ? 0 : dot(this.sum, vector) / this.norm;
		}

		void add(int member, Map<String, Double> vector) {
			this.members.add(member);
			vector.forEach((feature, value) -> {
				double before = this.sum.getOrDefault(feature, 0.0);
				double after = before + value;
				this.sum.put(feature, after);
				this.squares += after * after - before * before;
				if (feature.startsWith(NEED)) {
					this.needCounts.merge(feature.substring(NEED.length()), 1, Integer::sum);
				}
			});
			this.norm = Math.sqrt(Math.max(0, this.squares));
		}

		Group group(List<Map<String, Double>> vectors, Map<String, String> surfaces) {
			int representative = this.members.stream()
				.max(Comparator.comparingDouble((Integer member) -> similarity(vectors.get(member)))
					.thenComparing(Comparator.reverseOrder()))
				.orElseThrow();
			List<String> words = this.sum.entrySet().stream()
				.filter(entry -> !entry.getKey().startsWith(NEED))
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(5)
				.map(entry -> surfaces.getOrDefault(entry.getKey(), entry.getKey()))
				.toList();
			List<String> needs = this.needCounts.entrySet().stream()
				.filter(entry -> entry.getValue() >= 2 && entry.getValue() * 2 >= this.members.size())
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.toList();
			return new Group(List.copyOf(this.members), representative, words, needs);
		}

	}

}
