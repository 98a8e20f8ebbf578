package org.maillage.actor.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder.OrderableOngoingReadingAndWithWithWhere;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import org.maillage.core.TextAudience;

/**
 * Builds the directory's Cypher for the filters a request actually gives, with Cypher-DSL: only the clauses it
 * needs, starting from the most selective part (the full-text index, else the territory, else the trade), so that
 * the planner can use indexes instead of scanning every actor. The text depends on which filters are present, never
 * on their values: those travel as parameters ({@code $kinds}, {@code $territories}…).
 */
final class ActorSearchStatements {

	/** The filter parameters this builder knows; {@code given} names those present in a request. */
	static final Set<String> FILTERS = Set.of("kinds", "sectors", "territories", "trades", "topics",
			"equipmentCategories");

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	private static final Node ACTOR = Cypher.node("Actor").named("a");

	private static final SymbolicName A = ACTOR.getRequiredSymbolicName();

	private static final SymbolicName RELEVANCE = Cypher.name("relevance");

	private static final Parameter<Object> VISIBLE = Cypher.parameter("visible");

	private static final Parameter<Object> OWN_ACTORS = Cypher.parameter("ownActors");

	private ActorSearchStatements() {
	}

	/** The count and the page query for one request; both take the same parameters. */
	record Rendered(String count, String page) {
	}

	static Rendered render(boolean byText, Set<String> given) {
		String start = byText ? "text" : given.contains("territories") ? "territories"
				: given.contains("trades") ? "trades" : "all";
		OrderableOngoingReadingAndWithWithWhere matching = start(start).where(conditions(given, start));
		Statement count = matching.returning(Cypher.count(A).as("total")).build();
		Node commune = Cypher.node("Commune").named("commune");
		Statement page = matching.with(A, RELEVANCE)
			.orderBy(Cypher.sort(RELEVANCE).descending(), ACTOR.property("name").ascending(),
					ACTOR.property("id").ascending())
			.skip(Cypher.parameter("skip"))
			.limit(Cypher.parameter("limit"))
			.optionalMatch(ACTOR.relationshipTo(commune, "LOCATED_IN"))
			.returning(A, commune.property("id").as("communeId"))
			.build();
		return new Rendered(RENDERER.render(count), RENDERER.render(page));
	}

	/** Ends with {@code WITH a, relevance}, one row per actor. */
	private static org.neo4j.cypherdsl.core.StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere start(
			String start) {
		return switch (start) {
			case "text" -> byWords();
			case "territories" -> {
				Node scope = Cypher.node("Territory").named("scope");
				yield Cypher.match(scope)
					.where(scope.property("id").in(Cypher.parameter("territories")))
					.match(scope.relationshipFrom(Cypher.node("Commune"), "PART_OF")
						.length(0, 2)
						.relationshipFrom(ACTOR, "LOCATED_IN"))
					.withDistinct(A)
					.with(A, Cypher.literalOf(0.0).as(RELEVANCE));
			}
			case "trades" -> {
				Node trade = Cypher.node("Trade").named("trade");
				yield Cypher.match(trade)
					.where(trade.property("code").in(Cypher.parameter("trades")))
					.match(trade.relationshipFrom(Cypher.node("Trade"), "BROADER")
						.length(0, 4)
						.relationshipFrom(ACTOR, "HAS_CORE_TRADE"))
					.withDistinct(A)
					.with(A, Cypher.literalOf(0.0).as(RELEVANCE));
			}
			default -> Cypher.match(ACTOR).with(A, Cypher.literalOf(0.0).as(RELEVANCE));
		};
	}

	/**
	 * Actors having every word in their own text or in that of their visible know-how and equipment: one full-text
	 * lookup per word, since one actor's words are spread over several documents. The lookup is in the index of the
	 * caller's audience ({@code $textIndex}, see {@code TextAudience}), so that hidden text weighs in no relevance;
	 * the caller's own actors' items hidden from that audience are looked up in the index of every item. A hit on a
	 * hidden item still does not count (checked again), and a hit with no owning actor is dropped.
	 */
	private static org.neo4j.cypherdsl.core.StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere byWords() {
		Parameter<Object> words = Cypher.parameter("words");
		SymbolicName word = Cypher.name("word");
		SymbolicName score = Cypher.name("score");
		SymbolicName matched = Cypher.name("matched");
		Node node = Cypher.anyNode("node");
		Node owner = Cypher.node("Actor").named("owner");
		Node own = Cypher.node("Actor").named("own");
		Statement audienceHits = Cypher.call("db.index.fulltext.queryNodes")
			.withArgs(Cypher.parameter("textIndex"), word)
			.yield(node.getRequiredSymbolicName(), score)
			.returning(node.getRequiredSymbolicName(), score)
			.build();
		Statement ownHits = Cypher.with(word)
			.where(Cypher.size(OWN_ACTORS).gt(Cypher.literalOf(0)))
			.call("db.index.fulltext.queryNodes")
			.withArgs(Cypher.literalOf(TextAudience.EVERYONE.directoryIndex()), word)
			.yield(node.getRequiredSymbolicName(), score)
			.where(Cypher.match(own.relationshipTo(node, "HAS_KNOW_HOW", "HAS_EQUIPMENT"))
				.where(own.property("id").in(OWN_ACTORS))
				.asCondition())
			.returning(node.getRequiredSymbolicName(), score)
			.build();
		return Cypher.unwind(words)
			.as(word)
			.call(Cypher.union(audienceHits, ownHits), word)
			.optionalMatch(owner.relationshipTo(node, "HAS_KNOW_HOW", "HAS_EQUIPMENT"))
			.with(Cypher.caseExpression()
				.when(node.hasLabels("Actor"))
				.then(node.getRequiredSymbolicName())
				.elseDefault(owner.getRequiredSymbolicName())
				.as(A), node.getRequiredSymbolicName(), score, word)
			.where(A.isNotNull()
				.and(node.hasLabels("Actor")
					.or(node.property("visibility").in(VISIBLE))
					.or(owner.property("id").in(OWN_ACTORS))))
			.with(A, word, Cypher.max(score).as(score))
			.with(A, Cypher.count(word).as(matched), Cypher.sum(score).as(RELEVANCE))
			.where(matched.eq(Cypher.size(words)))
			.with(A, RELEVANCE);
	}

	private static Condition conditions(Set<String> given, String start) {
		List<Condition> conditions = new ArrayList<>();
		if (given.contains("kinds")) {
			conditions.add(ACTOR.property("kind").in(Cypher.parameter("kinds")));
		}
		if (given.contains("sectors")) {
			conditions.add(ACTOR.property("sector").in(Cypher.parameter("sectors")));
		}
		if (given.contains("territories") && !start.equals("territories")) {
			Node scope = Cypher.node("Territory").named("scope");
			conditions.add(Cypher.match(ACTOR.relationshipTo(Cypher.node("Commune"), "LOCATED_IN")
				.relationshipTo(scope, "PART_OF")
				.length(0, 2)).where(scope.property("id").in(Cypher.parameter("territories"))).asCondition());
		}
		if (given.contains("trades") && !start.equals("trades")) {
			Node trade = Cypher.node("Trade").named("trade");
			conditions.add(Cypher.match(ACTOR.relationshipTo(Cypher.node("Trade"), "HAS_CORE_TRADE")
				.relationshipTo(trade, "BROADER")
				.length(0, 4)).where(trade.property("code").in(Cypher.parameter("trades"))).asCondition());
		}
		if (given.contains("topics")) {
			Node topic = Cypher.node("Topic").named("topic");
			var interest = ACTOR.relationshipTo(topic, "INTERESTED_IN").named("interest");
			conditions.add(Cypher.match(interest)
				.where(topic.property("key").in(Cypher.parameter("topics"))
					.and(interest.property("visibility").in(VISIBLE).or(ACTOR.property("id").in(OWN_ACTORS))))
				.asCondition());
		}
		if (given.contains("equipmentCategories")) {
			Node equipment = Cypher.node("Equipment").named("e");
			conditions.add(Cypher.match(ACTOR.relationshipTo(equipment, "HAS_EQUIPMENT"))
				.where(equipment.property("category").in(Cypher.parameter("equipmentCategories"))
					.and(equipment.property("visibility").in(VISIBLE).or(ACTOR.property("id").in(OWN_ACTORS))))
				.asCondition());
		}
		return conditions.stream().reduce(Condition::and).orElse(Cypher.noCondition());
	}

}
