package org.maillage.observatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

import org.maillage.core.Message;
import org.maillage.core.NotFoundException;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;
import org.maillage.observatory.NetworkInsight.ActorRef;
import org.maillage.observatory.NetworkInsight.Bridge;
import org.maillage.observatory.NetworkInsight.Broker;
import org.maillage.observatory.NetworkInsight.Community;
import org.maillage.observatory.persistence.NetworkQueries;
import org.maillage.observatory.persistence.NetworkQueries.Tie;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaboration network of a territory, with JGraphT: its actors linked when they take part in a working group
 * together (accepted participations) or follow the same topic, as the caller's audience may see them (PRIVATE
 * interests and groups never). Brokers by betweenness centrality (Brandes' algorithm), communities by label
 * propagation (Raghavan, Albert and Kumara, 2007), bridges and cut actors by biconnectivity (Hopcroft and Tarjan).
 */
@Service
@Transactional(readOnly = true)
public class CollaborationNetwork {

	/**
	 * A topic followed by more of the territory's actors says little about who knows whom, and would link every
	 * pair of them (435 links for 30).
	 */
	static final int MAX_TOPIC_FOLLOWERS = 30;

	/**
	 * Betweenness (Brandes) costs the connected actors times the links: above this product it is not computed. About
	 * a third of a second on the project's 2-core machines (docs/observatory.md, "Size limits"); a network of 3,000
	 * actors and 34,000 links, which a bound on actors alone let through, took 7 to 18 s.
	 */
	static final long MAX_BETWEENNESS_WORK = 5_000_000L;

	/** A working group weighs this much more than a shared topic in a link. */
	static final double GROUP_WEIGHT = 2.0;

	static final int BROKERS = 10;

	static final int COMMUNITIES = 20;

	static final int SHOWN = 20;

	static final int BRIDGES = 50;

	static final Message METHOD = Message.of("network.method");

	private final NetworkQueries queries;

	private final Territories territories;

	private final ReadScopes scopes;

	CollaborationNetwork(NetworkQueries queries, Territories territories, ReadScopes scopes) {
		this.queries = queries;
		this.territories = territories;
		this.scopes = scopes;
	}

	public NetworkInsight of(String territoryId) {
		Territory territory = this.territories.find(territoryId)
			.orElseThrow(() -> new NotFoundException("territory", territoryId));
		List<String> visible = this.scopes.current().visibilities().stream()
			.filter(level -> level != Visibility.PRIVATE)
			.map(Enum::name)
			.toList();
		List<Tie> ties = this.queries.ties(territory, visible, MAX_TOPIC_FOLLOWERS);

		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<DefaultWeightedEdge, Set<String>> vias = new HashMap<>();
		for (Tie tie : ties) {
			double weight = tie.kind().equals("GROUP") ? GROUP_WEIGHT : 1.0;
			List<String> members = tie.members();
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					link(graph, vias, members.get(i), members.get(j), weight, tie.via());
				}
			}
		}

		// only the linked actors' names are read, and the first of the others: a région holds hundreds of thousands
		Map<String, String> names = new HashMap<>(this.queries.namesOf(graph.vertexSet()));
		Map<String, String> isolated = this.queries.unconnected(territory, graph.vertexSet(), SHOWN);
		names.putAll(isolated);
		long actors = this.queries.actorCount(territory);

		Map<String, Integer> communityOf = new HashMap<>();
		List<Set<String>> clusters = new ArrayList<>(
				new LabelPropagationClustering<>(graph, new Random(42)).getClustering().getClusters());
		clusters.sort(Comparator.comparingInt((Set<String> cluster) -> -cluster.size())
			.thenComparing(cluster -> cluster.stream().map(names::get).min(String::compareTo).orElse("")));
		for (int c = 0; c < clusters.size(); c++) {
			for (String actor : clusters.get(c)) {
				communityOf.put(actor, c);
			}
		}
		List<Community> communities = clusters.stream()
			.filter(cluster -> cluster.size() >= 2)
			.limit(COMMUNITIES)
			.map(cluster -> new Community(cluster.size(), refs(cluster, names, 10), sharing(graph, vias, cluster)))
			.toList();

		boolean brokersComputed = betweennessComputed(graph.vertexSet().size(), graph.edgeSet().size());
		List<Broker> brokers = !brokersComputed ? List.of()
				: betweenness(graph).entrySet().stream()
					.filter(entry -> entry.getValue() > 0)
					.sorted(Map.Entry.<String, Double>comparingByValue().reversed()
						.thenComparing(entry -> names.get(entry.getKey())))
					.limit(BROKERS)
					.map(entry -> new Broker(ref(entry.getKey(), names), entry.getValue(),
							(int) graph.edgesOf(entry.getKey()).stream()
								.map(edge -> communityOf.get(other(graph, edge, entry.getKey())))
								.distinct()
								.filter(community -> !community.equals(communityOf.get(entry.getKey())))
								.count() + 1))
					.toList();

		BiconnectivityInspector<String, DefaultWeightedEdge> inspector = new BiconnectivityInspector<>(graph);
		List<Bridge> bridges = inspector.getBridges().stream()
			.map(edge -> bridge(ref(graph.getEdgeSource(edge), names), ref(graph.getEdgeTarget(edge), names),
					List.copyOf(vias.get(edge))))
			.sorted(Comparator.comparing((Bridge bridge) -> bridge.from().name()).thenComparing(b -> b.to().name()))
			.limit(BRIDGES)
			.toList();
		List<ActorRef> cutActors = refs(inspector.getCutpoints(), names, SHOWN);

		return new NetworkInsight(territory, (int) actors, graph.vertexSet().size(), graph.edgeSet().size(),
				brokersComputed, brokers, communities, (int) actors - graph.vertexSet().size(),
				isolated.keySet().stream().map(actor -> ref(actor, names)).toList(), bridges, cutActors, METHOD);
	}

	static boolean betweennessComputed(int actors, int links) {
		return (long) actors * links <= MAX_BETWEENNESS_WORK;
	}

	/**
	 * Normalised betweenness, counted in hops whatever a link's weight: a link is a link. Computed on a copy whose
	 * actors are numbers and whose links have no weight, which JGraphT walks faster than the weighted graph seen as
	 * unweighted: 190 ms against 233 for 509 actors and 5,756 links, 7.2 s against 16.4 for 3,000 and 34,000.
	 */
	private static Map<String, Double> betweenness(Graph<String, DefaultWeightedEdge> graph) {
		List<String> actors = List.copyOf(graph.vertexSet());
		Map<String, Integer> numbers = new HashMap<>();
		Graph<Integer, DefaultEdge> hops = new SimpleGraph<>(DefaultEdge.class);
		for (String actor : actors) {
			numbers.put(actor, numbers.size());
			hops.addVertex(numbers.get(actor));
		}
		graph.edgeSet()
			.forEach(edge -> hops.addEdge(numbers.get(graph.getEdgeSource(edge)),
					numbers.get(graph.getEdgeTarget(edge))));
		Map<String, Double> scores = new HashMap<>();
		new BetweennessCentrality<>(hops, true).getScores()
			.forEach((number, score) -> scores.put(actors.get(number), score));
		return scores;
	}

	private static void link(Graph<String, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Set<String>> vias,
			String a, String b, double weight, String via) {
		graph.addVertex(a);
		graph.addVertex(b);
		DefaultWeightedEdge edge = graph.getEdge(a, b);
		if (edge == null) {
			edge = graph.addEdge(a, b);
			graph.setEdgeWeight(edge, weight);
		}
		else {
			graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight);
		}
		vias.computeIfAbsent(edge, any -> new LinkedHashSet<>()).add(via);
	}

	/** A link has no direction: its ends in name order, so that one network always reads the same. */
	private static Bridge bridge(ActorRef one, ActorRef other, List<String> via) {
		return one.name().compareTo(other.name()) <= 0 ? new Bridge(one, other, via) : new Bridge(other, one, via);
	}

	private static String other(Graph<String, DefaultWeightedEdge> graph, DefaultWeightedEdge edge, String actor) {
		String source = graph.getEdgeSource(edge);
		return source.equals(actor) ? graph.getEdgeTarget(edge) : source;
	}

	/** What a community's links are most often made of: its three most frequent groups or topics. */
	private static List<String> sharing(Graph<String, DefaultWeightedEdge> graph,
			Map<DefaultWeightedEdge, Set<String>> vias, Set<String> cluster) {
		Map<String, Integer> counts = new HashMap<>();
		cluster.forEach(actor -> graph.edgesOf(actor).stream()
			.filter(edge -> cluster.contains(other(graph, edge, actor)))
			.forEach(edge -> vias.get(edge).forEach(via -> counts.merge(via, 1, Integer::sum))));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(3)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static ActorRef ref(String id, Map<String, String> names) {
		return new ActorRef(id, names.get(id));
	}

	private static List<ActorRef> refs(Set<String> ids, Map<String, String> names, int limit) {
		return ids.stream().map(id -> ref(id, names)).sorted(Comparator.comparing(ActorRef::name)).limit(limit).toList();
	}

}
