package org.maillage.observatory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

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
		Vocabulary vocabulary = new Vocabulary();
		List<Vector> counts = items.stream().map(vocabulary::features).toList();
		int[] documents = new int[vocabulary.size()];
		counts.forEach(features -> Arrays.stream(features.features()).forEach(feature -> documents[feature]++));
		int n = items.size();
		List<Vector> vectors = counts.stream().map(features -> features.weighted(feature ->
				Math.log((n + 1.0) / (documents[feature] + 1.0)) + 1.0)).toList();

		List<Centroid> centroids = new ArrayList<>();
		Candidates candidates = new Candidates(vocabulary.size(), n);
		for (int i = 0; i < n; i++) {
			Vector vector = vectors.get(i);
			int best = candidates.nearest(vector, centroids);
			if (best < 0 || centroids.get(best).similarity(vector) < THRESHOLD) {
				best = centroids.size();
				centroids.add(new Centroid());
			}
			Centroid centroid = centroids.get(best);
			for (int k = 0; k < vector.features().length; k++) {
				if (centroid.add(vector.features()[k], vector.values()[k])) {
					candidates.holds(vector.features()[k], best);
				}
			}
			centroid.join(i);
		}
		return centroids.stream().map(centroid -> centroid.group(vectors, vocabulary)).toList();
	}

	/** Accents folded, then Savoy's light French stemmer: "recyclages", "recyclage" → "recyclag". */
	static String stem(String word) {
		String folded = TextQuery.withoutAccents(word);
		char[] chars = folded.toCharArray();
		int length = new FrenchLightStemmer().stem(chars, chars.length);
		return new String(chars, 0, length);
	}

	/** For each feature, the groups holding it: a problem looks only at groups sharing one of its weightiest words. */
	private static final class Candidates {

		private final int[][] groupsOf;

		private final int[] holding;

		/** The last problem (counted from 1) each group was compared with, so that none is compared twice. */
		private final int[] comparedWith;

		private int problem;

		Candidates(int features, int problems) {
			this.groupsOf = new int[features][];
			this.holding = new int[features];
			this.comparedWith = new int[problems];
		}

		void holds(int feature, int group) {
			int[] groups = this.groupsOf[feature];
			if (groups == null || groups.length == this.holding[feature]) {
				groups = Arrays.copyOf(groups == null ? new int[0] : groups, Math.max(4, this.holding[feature] * 2));
				this.groupsOf[feature] = groups;
			}
			groups[this.holding[feature]++] = group;
		}

		/** @return the most similar group (the first made, of equally similar ones), -1 when none shares a word */
		int nearest(Vector vector, List<Centroid> centroids) {
			this.problem++;
			int best = -1;
			double bestSimilarity = 0;
			for (int feature : vector.lookup()) {
				for (int k = 0; k < this.holding[feature]; k++) {
					int candidate = this.groupsOf[feature][k];
					if (this.comparedWith[candidate] != this.problem) {
						this.comparedWith[candidate] = this.problem;
						double similarity = centroids.get(candidate).similarity(vector);
						if (similarity > bestSimilarity || (similarity == bestSimilarity && candidate < best)) {
							best = candidate;
							bestSimilarity = similarity;
						}
					}
				}
			}
			return best;
		}

	}

	/**
	 * The features met so far, each numbered once: the grouping then adds and compares numbers, not strings. A word
	 * is stemmed once, however often it is written.
	 */
	private static final class Vocabulary {

		private final Map<String, Integer> numbers = new HashMap<>();

		private final List<String> names = new ArrayList<>();

		/** Each stem's first written word, to show a group's words as people wrote them. */
		private final List<String> surfaces = new ArrayList<>();

		private final Map<String, Integer> stemmed = new HashMap<>();

		/** @return the item's features, each with the number of times it is written (weighted by where) */
		Vector features(Item item) {
			Vector.Counts features = new Vector.Counts();
			words(item.title(), TITLE_WEIGHT, features);
			words(item.description(), 1.0, features);
			item.needs().forEach(need -> features.add(number(NEED + need, null), NEED_WEIGHT));
			return features.vector();
		}

		private void words(String text, double weight, Vector.Counts features) {
			for (String word : TextQuery.wordsOf(text, 80)) {
				Integer feature = this.stemmed.get(word);
				if (feature == null) {
					feature = number(stem(word), word);
					this.stemmed.put(word, feature);
				}
				features.add(feature, weight);
			}
		}

		private int number(String name, String surface) {
			Integer number = this.numbers.get(name);
			if (number == null) {
				number = this.names.size();
				this.numbers.put(name, number);
				this.names.add(name);
				this.surfaces.add(surface == null ? name : surface);
			}
			return number;
		}

		int size() {
			return this.names.size();
		}

		String name(int feature) {
			return this.names.get(feature);
		}

		String surface(int feature) {
			return this.surfaces.get(feature);
		}

		boolean isNeed(int feature) {
			return this.names.get(feature).startsWith(NEED);
		}

	}

	/**
	 * A problem's features and their weights.
	 *
	 * @param lookup its {@value #LOOKUP_FEATURES} weightiest features, through which it looks for groups (empty until
	 * weighted)
	 */
	private record Vector(int[] features, double[] values, int[] lookup) {

		/** @return the features weighted by {@code idf}, of length 1 */
		Vector weighted(IntToDoubleFunction idf) {
			double[] weighted = new double[this.values.length];
			double squares = 0;
			for (int k = 0; k < weighted.length; k++) {
				weighted[k] = this.values[k] * idf.applyAsDouble(this.features[k]);
				squares += weighted[k] * weighted[k];
			}
			double norm = Math.sqrt(squares);
			for (int k = 0; norm > 0 && k < weighted.length; k++) {
				weighted[k] /= norm;
			}
			return new Vector(this.features, weighted, weightiest(this.features, weighted));
		}

		/** The weightiest first, the first numbered of equal ones: a problem has a few dozen features at most. */
		private static int[] weightiest(int[] features, double[] values) {
			int[] lookup = new int[Math.min(LOOKUP_FEATURES, features.length)];
			double[] weights = new double[lookup.length];
			int size = 0;
			for (int k = 0; k < features.length; k++) {
				int at = size;
				while (at > 0 && (values[k] > weights[at - 1]
						|| (values[k] == weights[at - 1] && features[k] < lookup[at - 1]))) {
					at--;
				}
				if (at < lookup.length) {
					int moved = Math.min(size, lookup.length - 1) - at;
					System.arraycopy(lookup, at, lookup, at + 1, moved);
					System.arraycopy(weights, at, weights, at + 1, moved);
					lookup[at] = features[k];
					weights[at] = values[k];
					size = Math.min(size + 1, lookup.length);
				}
			}
			return lookup;
		}

		/** A problem's features as they are read, in the order first written. */
		static final class Counts {

			private int[] features = new int[16];

			private double[] counts = new double[16];

			private int size;

			void add(int feature, double count) {
				for (int k = 0; k < this.size; k++) {
					if (this.features[k] == feature) {
						this.counts[k] += count;
						return;
					}
				}
				if (this.size == this.features.length) {
					this.features = Arrays.copyOf(this.features, this.size * 2);
					this.counts = Arrays.copyOf(this.counts, this.size * 2);
				}
				this.features[this.size] = feature;
				this.counts[this.size++] = count;
			}

			Vector vector() {
				return new Vector(Arrays.copyOf(this.features, this.size), Arrays.copyOf(this.counts, this.size),
						new int[0]);
			}

		}

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

		private final FeatureSums sum = new FeatureSums();

		private double norm;

		/** The sum of the squares of {@link #sum}'s values, kept as members join: recounting it was the grouping's cost. */
		private double squares;

		double similarity(Vector vector) {
			if (this.norm == 0) {
				return 0;
			}
			double dot = 0;
			for (int k = 0; k < vector.features().length; k++) {
				dot += vector.values()[k] * this.sum.get(vector.features()[k]);
			}
			return dot / this.norm;
		}

		/** @return whether the group did not hold this feature before */
		boolean add(int feature, double value) {
			double before = this.sum.get(feature);
			double after = before + value;
			this.squares += after * after - before * before;
			this.norm = Math.sqrt(Math.max(0, this.squares));
			return this.sum.put(feature, after);
		}

		void join(int member) {
			this.members.add(member);
		}

		Group group(List<Vector> vectors, Vocabulary vocabulary) {
			Map<Integer, Integer> needCounts = new HashMap<>();
			int representative = -1;
			double nearest = Double.NEGATIVE_INFINITY;
			for (int member : this.members) {
				double similarity = similarity(vectors.get(member));
				// the oldest of equally near members, whatever the last bits of the sums
				if (similarity > nearest + 1e-9) {
					representative = member;
					nearest = similarity;
				}
				for (int feature : vectors.get(member).features()) {
					if (vocabulary.isNeed(feature)) {
						needCounts.merge(feature, 1, Integer::sum);
					}
				}
			}
			List<Integer> features = new ArrayList<>();
			this.sum.forEach((feature, value) -> {
				if (!vocabulary.isNeed(feature)) {
					features.add(feature);
				}
			});
			List<String> words = features.stream()
				.sorted(Comparator.comparingDouble((Integer feature) -> this.sum.get(feature)).reversed()
					.thenComparing(vocabulary::name))
				.limit(5)
				.map(vocabulary::surface)
				.toList();
			List<String> needs = needCounts.entrySet().stream()
				.filter(entry -> entry.getValue() >= 2 && entry.getValue() * 2 >= this.members.size())
				.sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
					.thenComparing(entry -> vocabulary.name(entry.getKey())))
				.map(entry -> vocabulary.name(entry.getKey()).substring(NEED.length()))
				.toList();
			return new Group(List.copyOf(this.members), representative, words, needs);
		}

	}

}
