package org.maillage.actor.persistence;

import java.util.Collection;
import java.util.List;

/**
 * The tokens a directory entry carries for each value it can be filtered on ({@code f_place_departement_57_}), the
 * same in the Cypher that writes entries ({@link DirectoryEntries}) and in the queries that search them. A token is
 * a prefix naming the filter and the value with every character but ASCII letters and digits replaced by
 * {@code _}, ended by {@code _}: one word for Lucene's tokenizer, which the French analyzer then only lowercases
 * (the underscores keep stemming and elision off it), and never a word a person types, since search words are
 * split on everything but letters and digits.
 */
final class Facets {

	static final String KIND = "f_kind_";

	static final String SECTOR = "f_sector_";

	static final String PLACE = "f_place_";

	static final String TRADE = "f_naf_";

	static final String TOPIC = "f_topic_";

	static final String EQUIPMENT = "f_equipment_";

	static final String SELF = "f_self_";

	static final String PROBLEM_CATEGORY = "f_problem_";

	static final String STATUS = "f_status_";

	/**
	 * The day an actor was last confirmed ({@code f_confirmed_2026_01_31_}): the digits keep their width, so tokens
	 * sort as days do and a Lucene term range over them selects the actors confirmed from a day on.
	 */
	static final String CONFIRMED = "f_confirmed_";

	/** Marks equipment among the know-how and actors of the directory's text indexes. */
	static final String EQUIPMENT_ITEM = "f_item_equipment_";

	/** Marks problems, for symmetry with equipment: a query always names what it looks for. */
	static final String PROBLEM_ITEM = "f_item_problem_";

	private Facets() {
	}

	/**
	 * The Cypher list of the tokens of {@code list} that an actor list's facets count from its entries: kind, sector,
	 * NAF section and division ({@code f_naf_C_}, {@code f_naf_25_}: eight and nine characters, where groups, classes
	 * and subclasses are longer), département and EPCI. An entry keeps them apart ({@code counted}) from the tokens it
	 * is filtered by ({@code facets}, twice as many: communes, régions, every NAF level, itself, its day of
	 * confirmation), so that counting 10,000 matches reads and groups only these (docs/observatory.md, "What facets
	 * cost"). Migration V0034 wrote the same list from the entries' {@code facets} with this very predicate.
	 */
	static String counted(String list) {
		return ("[token IN %s WHERE token STARTS WITH '%s' OR token STARTS WITH '%s' OR token STARTS WITH '%sdepartement_'"
				+ " OR token STARTS WITH '%sepci_' OR (token STARTS WITH '%s' AND size(token) <= 9)]")
			.formatted(list, KIND, SECTOR, PLACE, PLACE, TRADE);
	}

	/**
	 * The Cypher list of the tokens of an item's {@code list} that equipment and problem lists' facets count: its
	 * category, its status (problems), and the département and EPCI of its actor. Kept apart ({@code counted}) from
	 * the tokens it is filtered by for the same reason as {@link #counted}; migration V0037 wrote the same list from the
	 * items' {@code facets} with this very predicate.
	 */
	static String itemCounted(String list) {
		return ("[token IN %s WHERE token STARTS WITH '%s' OR token STARTS WITH '%s' OR token STARTS WITH '%s'"
				+ " OR token STARTS WITH '%sdepartement_' OR token STARTS WITH '%sepci_']")
			.formatted(list, EQUIPMENT, PROBLEM_CATEGORY, STATUS, PLACE, PLACE);
	}

	static String token(String prefix, String value) {
		StringBuilder token = new StringBuilder(prefix.length() + value.length() + 1).append(prefix);
		// per UTF-16 unit, as Cypher's split(s, '') cuts a string: a character beyond 16 bits becomes two _
		value.chars()
			.forEach(c -> token.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					? (char) c : '_'));
		return token.append('_').toString();
	}

	static List<String> tokens(String prefix, Collection<String> values) {
		return values.stream().map(value -> token(prefix, value)).distinct().toList();
	}

	/**
	 * The Cypher expression of {@link #token} for a string expression: the same characters kept, the others replaced,
	 * one per UTF-16 unit. Ids and codes (territories, trades, actors, enums) hold only letters, digits and {@code :.-_}:
	 * three {@code replace}s do for them; anything else goes character by character. Neo4j compiles a regular
	 * expression at each use, and one per character cost a first import of 100,000 actors about 8 % of its time.
	 */
	static String cypher(String prefix, String valueExpression) {
		return ("'%1$s' + CASE WHEN %2$s =~ '[A-Za-z0-9_:.-]*' "
				+ "THEN replace(replace(replace(%2$s, ':', '_'), '.', '_'), '-', '_') "
				+ "ELSE reduce(s = '', c IN split(%2$s, '') | s + CASE WHEN c =~ '[A-Za-z0-9]' THEN c ELSE '_' END) END + '_'")
			.formatted(prefix, valueExpression);
	}

}
