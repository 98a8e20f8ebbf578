package org.maillage.bench;

import java.util.Locale;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * What the observatory's network algorithms (observatory.CollaborationNetwork) cost on networks of a given size, the
 * database left aside: a network of {@code ACTORS} actors in communities of 50, each actor linked to
 * {@code LINKS} others, nine in ten of them in its own community. Prints the median of five runs of betweenness,
 * label propagation and biconnectivity.
 * <p>
 * Usage: {@code NetworkAlgorithms [ACTORS] [LINKS]} (defaults 3000 and 10).
 */
public final class NetworkAlgorithms {

	private NetworkAlgorithms() {
	}

	public static void main(String[] args) {
		int actors = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
		int links = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		Graph<Integer, DefaultEdge> graph = network(actors, links, new Random(42));
		System.out.printf(Locale.ROOT, "%d actors, %d links%n", graph.vertexSet().size(), graph.edgeSet().size());
		time("betweenness (Brandes)", () -> new BetweennessCentrality<>(graph, true).getScores());
		time("communities (label propagation)",
				() -> new LabelPropagationClustering<>(graph, new Random(42)).getClustering());
		time("bridges and cut actors (biconnectivity)", () -> {
			BiconnectivityInspector<Integer, DefaultEdge> inspector = new BiconnectivityInspector<>(graph);
			inspector.getBridges();
			return inspector.getCutpoints();
		});
	}

	private static Graph<Integer, DefaultEdge> network(int actors, int links, Random random) {
		Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int actor = 0; actor < actors; actor++) {
			graph.addVertex(actor);
		}
		int community = 50;
		for (int actor = 0; actor < actors; actor++) {
			for (int k = 0; k < links / 2; k++) {
				int other = random.nextDouble() < 0.9
						? Math.min(actors - 1, (actor / community) * community + random.nextInt(community))
						: random.nextInt(actors);
				if (other != actor) {
					graph.addEdge(actor, other);
				}
			}
		}
		return graph;
	}

	private static void time(String name, java.util.function.Supplier<Object> run) {
		long[] nanos = new long[5];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			run.get();
			nanos[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "  %-42s median %8.1f ms%n", name, nanos[2] / 1e6);
	}

}
