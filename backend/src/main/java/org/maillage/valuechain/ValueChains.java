package org.maillage.valuechain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.maillage.actor.Need;
import org.maillage.actor.NeedKind;
import org.maillage.actor.Needs;
import org.maillage.core.ConflictException;
import org.maillage.core.Connection;
import org.maillage.core.ForbiddenException;
import org.maillage.core.InputValidator;
import org.maillage.core.NotFoundException;
import org.maillage.database.WriteLocks;
import org.maillage.core.PageRequest;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads value chains (anyone may: they describe trades, not actors) and lets facilitators, decision-makers and
 * administrators write them. A chain is stored as {@code (:ValueChain)-[:HAS_STEP]->(:ValueChainStep)-[:HAS_NEED]->(:Need)};
 * an update replaces its steps whole, under an optimistic version check.
 */
@Service
@Transactional
public class ValueChains {

	private static final String READ = """
			OPTIONAL MATCH (chain)-[:HAS_STEP]->(step:ValueChainStep)
			OPTIONAL MATCH (step)-[:HAS_NEED]->(need:Need)
			OPTIONAL MATCH (trade:Trade {code: need.value}) WHERE need.kind = 'TRADE'
			OPTIONAL MATCH (topic:Topic {key: need.value}) WHERE need.kind = 'TOPIC'
			WITH chain, step, need, coalesce(trade.label, topic.name) AS label ORDER BY step.rank, need.rank
			WITH chain, step, collect(CASE WHEN need IS NULL THEN null
			  ELSE need {.kind, .value, .essential, label: label} END) AS needs
			WITH chain, collect(CASE WHEN step IS NULL THEN null
			  ELSE step {.rank, .name, .description, needs: needs} END) AS steps
			RETURN chain {.id, .version, .name, .description, .updatedAt} AS chain, steps""";

	private final Neo4jClient neo4j;

	private final Callers callers;

	private final Needs needs;

	private final InputValidator validator;

	private final WriteLocks locks;

	ValueChains(Neo4jClient neo4j, Callers callers, Needs needs, InputValidator validator, WriteLocks locks) {
		this.locks = locks;
		this.neo4j = neo4j;
		this.callers = callers;
		this.needs = needs;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Optional<ValueChain> find(String id) {
		return this.neo4j.query("MATCH (chain:ValueChain {id: $id})\n" + READ)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map(ValueChains::toValueChain);
	}

	/** Value chains by id, for batch loading (a conglomerate's chain). */
	@Transactional(readOnly = true)
	public Map<String, ValueChain> byIds(java.util.Collection<String> ids) {
		Map<String, ValueChain> chains = new HashMap<>();
		this.neo4j.query("MATCH (chain:ValueChain) WHERE chain.id IN $ids\n" + READ)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.stream()
			.map(ValueChains::toValueChain)
			.forEach(chain -> chains.put(chain.id(), chain));
		return chains;
	}

	@Transactional(readOnly = true)
	public Connection<ValueChain> list(PageRequest page) {
		long total = this.neo4j.query("MATCH (chain:ValueChain) RETURN count(chain)").fetchAs(Long.class).one().orElse(0L);
		List<ValueChain> chains = this.neo4j.query(
				"MATCH (chain:ValueChain) WITH chain ORDER BY chain.name, chain.id SKIP $skip LIMIT $limit\n" + READ)
			.bindAll(Map.of("skip", page.offset(), "limit", page.size()))
			.fetch()
			.all()
			.stream()
			.map(ValueChains::toValueChain)
			// The aggregation in READ does not keep the page's order.
			.sorted(java.util.Comparator.comparing(ValueChain::name).thenComparing(ValueChain::id))
			.toList();
		return Connection.of(chains, page, total);
	}

	public ValueChain create(ValueChainDetails details) {
		requireEditor("createValueChain");
		String id = UUID.randomUUID().toString();
		this.neo4j.query("""
				CREATE (chain:ValueChain {id: $id, version: 0, name: $name, description: $description,
				  createdAt: datetime(), updatedAt: datetime()})""")
			.bindAll(checked(details, Map.of("id", id)))
			.run();
		writeSteps(id, details);
		return find(id).orElseThrow();
	}

	public ValueChain update(String id, long version, ValueChainDetails details) {
		requireEditor("editValueChain");
		Map<String, Object> parameters = checked(details, Map.of("id", id, "version", version));
		lockChain(id);
		long current = this.neo4j.query("MATCH (chain:ValueChain {id: $id}) RETURN chain.version")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow(() -> new NotFoundException("valueChain", id));
		requireVersion(id, current, version);
		this.neo4j.query("""
				MATCH (chain:ValueChain {id: $id})
				SET chain.version = chain.version + 1, chain.name = $name, chain.description = $description,
				    chain.updatedAt = datetime()""")
			.bindAll(parameters)
			.run();
		writeSteps(id, details);
		return find(id).orElseThrow();
	}

	public void delete(String id, long version) {
		requireEditor("deleteValueChain");
		lockChain(id);
		ValueChain chain = find(id).orElseThrow(() -> new NotFoundException("valueChain", id));
		requireVersion(id, chain.version(), version);
		this.neo4j.query("""
				MATCH (chain:ValueChain {id: $id})
				OPTIONAL MATCH (chain)-[:HAS_STEP]->(step)-[:HAS_NEED]->(need)
				DETACH DELETE need, step, chain""")
			.bind(id)
			.to("id")
			.run();
	}

	/** Two editors of one chain check its version and write one after the other, never both from the same one. */
	private void lockChain(String id) {
		if (!this.locks.lock("ValueChain", id)) {
			throw new NotFoundException("valueChain", id);
		}
	}

	private static void requireVersion(String id, long current, long sent) {
		if (current != sent) {
			throw ConflictException.of("valueChain.stale", id, String.valueOf(current), String.valueOf(sent));
		}
	}

	private Caller requireEditor(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.FACILITATOR) && !caller.has(Role.DECISION_MAKER) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.valueChainEditors", org.maillage.core.Message.of("action." + action));
		}
		return caller;
	}

	private Map<String, Object> checked(ValueChainDetails details, Map<String, Object> more) {
		this.validator.check(details);
		Map<String, Object> parameters = new HashMap<>(more);
		parameters.put("name", details.name().strip());
		parameters.put("description", details.description());
		return parameters;
	}

	/** Replaces the chain's steps and their needs by those given, checked. */
	private void writeSteps(String id, ValueChainDetails details) {
		List<Map<String, Object>> steps = new ArrayList<>();
		for (int i = 0; i < details.steps().size(); i++) {
			ValueChainDetails.Step step = details.steps().get(i);
			List<Map<String, Object>> stepNeeds = new ArrayList<>();
			List<Need> normalised = this.needs.normalise("steps[" + i + "].needs", step.needs());
			for (int rank = 0; rank < normalised.size(); rank++) {
				Need need = normalised.get(rank);
				stepNeeds.add(Map.of("kind", need.kind().name(), "value", need.value(), "essential", need.essential(),
						"rank", rank));
			}
			Map<String, Object> row = new HashMap<>();
			row.put("rank", i + 1);
			row.put("name", step.name().strip());
			row.put("description", step.description());
			row.put("needs", stepNeeds);
			steps.add(row);
		}
		this.neo4j.query("""
				MATCH (chain:ValueChain {id: $id})
				CALL (chain) {
				  OPTIONAL MATCH (chain)-[:HAS_STEP]->(old:ValueChainStep)
				  OPTIONAL MATCH (old)-[:HAS_NEED]->(oldNeed:Need)
				  DETACH DELETE oldNeed, old
				}
				WITH chain
				UNWIND $steps AS step
				CREATE (chain)-[:HAS_STEP]->(s:ValueChainStep {rank: step.rank, name: step.name, description: step.description})
				WITH s, step
				UNWIND step.needs AS need
				CREATE (s)-[:HAS_NEED]->(:Need {kind: need.kind, value: need.value, essential: need.essential, rank: need.rank})""")
			.bindAll(Map.of("id", id, "steps", steps))
			.run();
	}

	@SuppressWarnings("unchecked")
	private static ValueChain toValueChain(Map<String, Object> row) {
		Map<String, Object> chain = (Map<String, Object>) row.get("chain");
		List<ValueChainStep> steps = ((List<Map<String, Object>>) row.get("steps")).stream()
			.map(step -> new ValueChainStep(((Number) step.get("rank")).intValue(), (String) step.get("name"),
					(String) step.get("description"), ((List<Map<String, Object>>) step.get("needs")).stream()
						.map(need -> new Need(NeedKind.valueOf((String) need.get("kind")), (String) need.get("value"),
								Boolean.TRUE.equals(need.get("essential")), false, (String) need.get("label")))
						.toList()))
			.toList();
		Object updatedAt = chain.get("updatedAt");
		return new ValueChain((String) chain.get("id"), ((Number) chain.get("version")).longValue(),
				(String) chain.get("name"), (String) chain.get("description"), steps,
				updatedAt instanceof ZonedDateTime zoned ? zoned.toInstant() : (Instant) updatedAt);
	}

}
