package org.maillage.actor.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.TextAudience;
import org.maillage.core.Visibility;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers for the tokens an actor list's facets count, so that counting a text search's 10,000 matches reads small
 * numbers kept inside each entry's record rather than strings kept apart from it (docs/observatory.md, "A text
 * search's facets read numbers"). Each token gets a number once ({@code FacetCode} nodes, unique by token and by
 * number, migration V0041) and keeps it: a number never changes meaning.
 * <p>
 * The numbers only speed counting up; the tokens stay what counts. An entry holds, for the public, the members' and the
 * facilitators' audiences, the numbers of its counted tokens ({@code publicCodes}, {@code membersCodes},
 * {@code facilitatorsCodes}) only when every one of them has a number; otherwise none, and the label
 * {@code AwaitingCodes}, and its facets are counted from its tokens. {@link DirectoryEntries#REFRESH} writes them with
 * the entry, from the numbers already given. Numbers are given here only, in the background ({@link #numberAwaiting}),
 * never in a user's transaction: giving a number takes the next free one, which two writers would both take.
 */
@Component
public class FacetCodes {

	/** The label of an entry whose counted tokens do not all have a number yet. */
	static final String AWAITING = "AwaitingCodes";

	/** The audiences whose counted tokens are numbered, each in its field. */
	private static final List<TextAudience> AUDIENCES = List.of(TextAudience.PUBLIC, TextAudience.MEMBERS,
			TextAudience.FACILITATORS);

	/** The audience that sees every level the others see. */
	private static final TextAudience WIDEST = TextAudience.FACILITATORS;

	/**
	 * Sets entry {@code e}'s numbers from its counted tokens, or removes them and labels it {@link #AWAITING} when a
	 * token has no number yet. Written after the tokens, in the same statement. The facilitators' list holds every
	 * token of the others' (they see every level the members and the public see), so the numbers are looked up once,
	 * for it; a token missing from it would leave the narrower list's numbers short, and so not written. A method, not
	 * a constant: the entries' statement is a constant built from it ({@link DirectoryEntries#REFRESH}), and this from
	 * their fields.
	 */
	static String write() {
		return """
				WITH e, COLLECT { UNWIND %s AS token MATCH (c:FacetCode {token: token}) RETURN [token, c.code] } AS pairs
				WITH e, %s
				SET %s
				FOREACH (_ IN CASE WHEN %s THEN [1] ELSE [] END | REMOVE e:%s)
				FOREACH (_ IN CASE WHEN %s THEN [] ELSE [1] END | SET e:%s)""".formatted(
				tokens("e", WIDEST),
				AUDIENCES.stream()
					.map(audience -> "[pair IN pairs WHERE pair[0] IN %s | pair[1]] AS %s"
						.formatted(tokens("e", audience), field(audience)))
					.collect(Collectors.joining(",\n     ")),
				AUDIENCES.stream()
					.map(audience -> "e.%1$s = CASE WHEN %2$s THEN %1$s END".formatted(field(audience),
							complete(audience)))
					.collect(Collectors.joining(", ")),
				allComplete(), AWAITING, allComplete(), AWAITING);
	}

	/** The tokens of the first {@code $batch} awaiting entries that have no number, each once. */
	private static final String UNNUMBERED = """
			MATCH (e:%s) WITH e LIMIT $batch
			UNWIND %s AS token
			WITH DISTINCT token
			WHERE NOT EXISTS { (:FacetCode {token: token}) }
			RETURN collect(token) AS tokens""".formatted(AWAITING, tokens("e", WIDEST));

	/**
	 * Numbers these tokens from the highest number given plus one. Two services numbering at once would give one
	 * number twice: the uniqueness constraint refuses the second, which numbers again at its next pass.
	 */
	private static final String NUMBER = """
			OPTIONAL MATCH (c:FacetCode) WITH max(c.code) AS top
			UNWIND range(0, size($tokens) - 1) AS i
			MERGE (code:FacetCode {token: $tokens[i]})
			  ON CREATE SET code.code = coalesce(top, -1) + 1 + i
			RETURN count(*) AS numbered""";

	/**
	 * Writes the numbers of the first {@code $batch} awaiting entries. Each entry's write lock is taken before its
	 * tokens are read (decision 15), so that a user's write of the same entry, which writes its numbers itself, is
	 * either before, and read here, or after, and overwrites these.
	 */
	private static final String NUMBER_ENTRIES = """
			MATCH (e:%s) WITH e LIMIT $batch
			SET e.numbering = true
			REMOVE e.numbering
			WITH e
			%s
			RETURN count(*) AS entries, sum(CASE WHEN e:%s THEN 0 ELSE 1 END) AS numbered""".formatted(AWAITING, write(),
			AWAITING);

	/** Entries numbered per transaction: few enough that a user's write of one of them waits a moment only. */
	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(FacetCodes.class);

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	/**
	 * The tokens of the numbers read so far. A number never changes meaning in a database, so this never goes stale;
	 * looking the few hundred numbers of a count up in the database each time cost 2.5 ms of a text search's facets.
	 */
	private final Map<Long, String> known = new ConcurrentHashMap<>();

	private volatile Long awaiting;

	FacetCodes(Neo4jClient neo4j, TransactionTemplate transactions) {
		this.neo4j = neo4j;
		this.transactions = transactions;
	}

	/** The entry field of an audience's numbers ({@code publicCodes}). */
	static String field(TextAudience audience) {
		return audience.name().toLowerCase(Locale.ROOT) + "Codes";
	}

	/**
	 * The counted tokens an audience's facets read on entry {@code entry}: for the public its {@code counted} ones and
	 * its public level's, for the members and the facilitators the list kept for them
	 * ({@link DirectoryEntries#audienceCounted}).
	 */
	static String tokens(String entry, TextAudience audience) {
		return audience == TextAudience.PUBLIC
				? "coalesce(%1$s.counted, []) + coalesce(%1$s.%2$s, [])".formatted(entry,
						DirectoryEntries.field(Visibility.PUBLIC, "Facets"))
				: "coalesce(%s.%s, [])".formatted(entry, DirectoryEntries.countedField(audience));
	}

	/**
	 * Projects entry {@code e}'s numbers for an audience as {@code codes}, null when it has none or the audience has
	 * no numbers (an administrator's): read alone, before {@link #counted}, since an expression naming the tokens too
	 * reads them even where the numbers are there (38 ms for 10,000 entries, as many as the tokens alone, against 16).
	 */
	static String codes(TextAudience audience) {
		return "WITH e, %s AS codes".formatted(AUDIENCES.contains(audience) ? "e." + field(audience) : "null");
	}

	/**
	 * What an audience's facets count on entry {@code e}, after {@link #codes}: its numbers when it has them, else
	 * {@code tokens}. Read as one column of numbers and strings, which {@link #byToken} turns back into tokens.
	 */
	static String counted(String tokens) {
		return "CASE WHEN codes IS NULL THEN %s ELSE codes END".formatted(tokens);
	}

	private static String complete(TextAudience audience) {
		return "size(%s) = size(%s)".formatted(field(audience), tokens("e", audience));
	}

	private static String allComplete() {
		return AUDIENCES.stream().map(FacetCodes::complete).collect(Collectors.joining(" AND "));
	}

	/**
	 * Numbers the tokens of the entries awaiting numbers, then writes those entries' numbers, a batch at a time,
	 * until none awaits or a batch numbered none (its tokens were numbered meanwhile by another service, or written
	 * again: the next pass takes them up).
	 * @return how many entries got their numbers
	 */
	public long numberAwaiting() {
		long started = System.nanoTime();
		long total = 0;
		while (true) {
			List<String> tokens = unnumbered();
			if (!tokens.isEmpty()) {
				try {
					this.transactions.executeWithoutResult(status -> this.neo4j.query(NUMBER)
						.bind(tokens)
						.to("tokens")
						.run());
				}
				catch (DataIntegrityViolationException ex) {
					log.info("Facet codes given by another service at the same time; numbering again at the next pass");
					break;
				}
			}
			Map<String, Object> batch = this.transactions.execute(status -> this.neo4j.query(NUMBER_ENTRIES)
				.bind(BATCH)
				.to("batch")
				.fetch()
				.one()
				.orElseThrow());
			long numbered = ((Number) batch.get("numbered")).longValue();
			long entries = ((Number) batch.get("entries")).longValue();
			total += numbered;
			if (numbered == 0 && entries == BATCH) {
				// their tokens were just numbered, so only entries written again meanwhile or a fault in write() leave
				// them awaiting; a whole batch of them would hold up the entries behind it at every pass: said
				log.warn("{} directory entries were left awaiting facet codes after their tokens were numbered; their"
						+ " facets are counted from their tokens", entries);
			}
			if (numbered == 0 || entries < BATCH) {
				break;
			}
		}
		if (total > 0) {
			log.info("Facet codes written on {} directory entries in {} ms", total,
					(System.nanoTime() - started) / 1_000_000);
		}
		this.awaiting = this.neo4j.query("MATCH (e:%s) RETURN count(e) AS awaiting".formatted(AWAITING))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return total;
	}

	/** How many entries were still awaiting their numbers after the last pass; empty before the first. */
	public OptionalLong awaiting() {
		Long left = this.awaiting;
		return left == null ? OptionalLong.empty() : OptionalLong.of(left);
	}

	/**
	 * Counts by token from counts read as numbers and tokens ({@link #counted}): each number read back as its token,
	 * and the counts of a token read both ways added up.
	 */
	Map<String, Long> byToken(Map<Object, Long> counted) {
		List<Long> unknown = counted.keySet()
			.stream()
			.filter(Long.class::isInstance)
			.map(Long.class::cast)
			.filter(code -> !this.known.containsKey(code))
			.toList();
		if (!unknown.isEmpty()) {
			this.neo4j.query("MATCH (c:FacetCode) WHERE c.code IN $codes RETURN c.code AS code, c.token AS token")
				.bind(unknown)
				.to("codes")
				.fetch()
				.all()
				.forEach(row -> this.known.put((Long) row.get("code"), (String) row.get("token")));
		}
		Map<String, Long> byToken = new HashMap<>();
		counted.forEach((token, n) -> {
			String name = token instanceof Long code ? this.known.get(code) : (String) token;
			if (name != null) {
				byToken.merge(name, n, Long::sum);
			}
		});
		return byToken;
	}

	private List<String> unnumbered() {
		return this.neo4j.query(UNNUMBERED)
			.bind(BATCH)
			.to("batch")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("tokens").asList(value -> value.asString()))
			.one()
			.map(list -> Stream.of(list.toArray()).map(String.class::cast).toList())
			.orElse(List.of());
	}

}
