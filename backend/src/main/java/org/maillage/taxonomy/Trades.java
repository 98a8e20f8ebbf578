package org.maillage.taxonomy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.HashSet;

import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.core.TextQuery;
import org.maillage.database.ReferenceDataCache;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trade taxonomy. Reference data only, with no entity to map: plain Cypher through {@link Neo4jClient}
 * into records.
 */
@Service
// read-only: on a Neo4j cluster, routed to followers and read replicas (docs/operations.md)
@Transactional(readOnly = true)
public class Trades {

	/** What a user types when they mean a code rather than words: "C", "24", "24.4", "24.45", "24.45Z". */
	private static final Pattern CODE = Pattern.compile("[A-Ua-u]|\\d{2}(\\.\\d{1,2}[A-Za-z]?)?");

	private static final String TRADE = "t {.code, .label, .level}";

	private final Neo4jClient neo4j;

	private final ReferenceDataCache<String, Trade> known = new ReferenceDataCache<>(Trade::code);

	public Trades(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Trade> find(String code) {
		return this.neo4j.query("MATCH (t:Trade {code: $code}) RETURN " + TRADE + " AS trade")
			.bind(code)
			.to("code")
			.fetchAs(Trade.class)
			.mappedBy((types, record) -> trade(record.get("trade").asMap()))
			.one();
	}

	public Connection<Trade> search(TradeFilter filter, PageRequest page) {
		String text = filter.text() == null ? null : filter.text().strip();
		boolean byCode = text != null && CODE.matcher(text).matches();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", byCode ? null : TextQuery.allWords("filter.text", text));
		parameters.put("codePrefix", byCode ? text.toUpperCase(Locale.ROOT) : null);
		parameters.put("level", filter.level() == null ? null : filter.level().name());
		parameters.put("parent", filter.parent());
		parameters.put("skip", page.offset());
		parameters.put("limit", page.size());
		String match = parameters.get("text") == null ? "MATCH (t:Trade) WITH t, 0.0 AS score"
				: "CALL db.index.fulltext.queryNodes('trade_text', $text) YIELD node AS t, score";
		return this.neo4j.query(match + """

				WHERE ($level IS NULL OR t.level = $level)
				  AND ($codePrefix IS NULL OR t.code STARTS WITH $codePrefix)
				  AND ($parent IS NULL OR EXISTS { (t)-[:BROADER]->(:Trade {code: $parent}) })
				WITH t ORDER BY score DESC, t.code
				WITH collect(t) AS found
				RETURN size(found) AS total, [t IN found[$skip..$skip + $limit] | %s] AS page""".formatted(TRADE))
			.bindAll(parameters)
			.fetch()
			.one()
			.map(row -> Connection.of(((List<?>) row.get("page")).stream().map(value -> trade((Map<?, ?>) value)).toList(),
					page, (Long) row.get("total")))
			.orElseThrow();
	}

	/** Parents of each code, for GraphQL batch loading. */
	public Map<String, Trade> parents(Collection<String> codes) {
		return this.neo4j.query("""
				MATCH (t:Trade)-[:BROADER]->(parent:Trade) WHERE t.code IN $codes
				RETURN t.code AS code, parent {.code, .label, .level} AS parent""")
			.bind(codes)
			.to("codes")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, record) -> Map.entry(record.get("code").asString(),
					trade(record.get("parent").asMap())))
			.all()
			.stream()
			.collect(Collectors.toMap(entry -> (String) entry.getKey(), entry -> (Trade) entry.getValue()));
	}

	/** Children of each code, ordered by code. */
	public Map<String, List<Trade>> children(Collection<String> codes) {
		return related("""
				MATCH (child:Trade)-[:BROADER]->(t:Trade) WHERE t.code IN $codes
				WITH t, child ORDER BY child.code
				RETURN t.code AS code, collect(child {.code, .label, .level}) AS related""", codes);
	}

	/** Ancestors of each code, from its section down to its parent. */
	public Map<String, List<Trade>> ancestors(Collection<String> codes) {
		return related("""
				MATCH path = (t:Trade)-[:BROADER*1..4]->(ancestor:Trade) WHERE t.code IN $codes
				WITH t, ancestor ORDER BY length(path) DESC
				RETURN t.code AS code, collect(ancestor {.code, .label, .level}) AS related""", codes);
	}

	/** The codes among these that are not in the taxonomy. */
	public Set<String> unknown(Collection<String> codes) {
		Set<String> unknown = new HashSet<>(codes);
		unknown.removeAll(this.neo4j.query("MATCH (t:Trade) WHERE t.code IN $codes RETURN t.code AS code")
			.bind(codes)
			.to("codes")
			.fetchAs(String.class)
			.all());
		return unknown;
	}

	/**
	 * Trades by code, from memory once read ({@link ReferenceDataCache}); no transaction of its own when every one is
	 * known.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<String, Trade> byCode(Collection<String> codes) {
		return this.known.get(codes, unread -> this.neo4j
			.query("MATCH (t:Trade) WHERE t.code IN $codes RETURN " + TRADE + " AS trade")
			.bind(unread)
			.to("codes")
			.fetchAs(Trade.class)
			.mappedBy((types, record) -> trade(record.get("trade").asMap()))
			.all());
	}

	/** Forgets the trades read so far: the nomenclature was just loaded again. */
	void reloaded() {
		this.known.clear();
	}

	/** The codes of every NAF subclass: a whole import checks its lines' trades against them. */
	public Set<String> subclassCodes() {
		return Set.copyOf(this.neo4j.query("MATCH (t:Trade {level: 'SUBCLASS'}) RETURN t.code AS code")
			.fetchAs(String.class)
			.all());
	}

	/** Which of these codes are NAF subclasses, the level core trades are declared at. */
	public Set<String> existingSubclasses(Collection<String> codes) {
		return Set.copyOf(this.neo4j.query("""
				MATCH (t:Trade {level: 'SUBCLASS'}) WHERE t.code IN $codes RETURN t.code AS code""")
			.bind(codes)
			.to("codes")
			.fetchAs(String.class)
			.all());
	}

	private Map<String, List<Trade>> related(String cypher, Collection<String> codes) {
		Map<String, List<Trade>> related = new HashMap<>();
		this.neo4j.query(cypher)
			.bind(codes)
			.to("codes")
			.fetch()
			.all()
			.forEach(row -> related.put((String) row.get("code"),
					((List<?>) row.get("related")).stream().map(value -> trade((Map<?, ?>) value)).toList()));
		return related;
	}

	static Trade trade(Map<?, ?> map) {
		return new Trade((String) map.get("code"), (String) map.get("label"),
				TradeLevel.valueOf((String) map.get("level")));
	}

}
