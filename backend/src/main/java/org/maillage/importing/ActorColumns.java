package org.maillage.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.core.TextQuery;

/**
 * The columns of an actor file, found by their names or aliases, whatever their case, accents, spaces, hyphens and
 * underscores ("Code postal", "code_postal" and "CP" are one column). GoGoCarto's exports ({@code title}, {@code lat},
 * {@code lng}) and the French names of spreadsheets ({@code nom}, {@code ville}, {@code site web}) are read as they
 * are. The first column of a field wins when a file has two.
 */
final class ActorColumns {

	/** What a column can hold, with the names it may have (as {@link #plain} makes them). */
	enum Field {

		NAME("name", "nom", "title", "titre", "raisonsociale", "denomination", "organisation", "organization",
				"structure"),
		KIND("kind", "type", "typeacteur", "typedacteur", "categorie", "category"),
		SECTOR("sector", "secteur"),
		SIRET("siret"),
		COMMUNE_CODE("codecommune", "codeinsee", "insee", "communecode", "citycode", "codecommuneetablissement"),
		COMMUNE("commune", "ville", "city", "localite", "addresslocality"),
		POSTAL_CODE("codepostal", "cp", "postalcode", "postcode", "zip", "zipcode"),
		NAF("naf", "codenaf", "ape", "codeape", "nafcode", "activiteprincipale", "activiteprincipaleetablissement"),
		WEBSITE("website", "siteweb", "site", "siteinternet", "url", "web"),
		DESCRIPTION("description", "presentation", "descriptif", "abstract"),
		KNOW_HOW("knowhow", "savoirfaire", "savoirsfaire", "competences", "skills"),
		LATITUDE("lat", "latitude"),
		LONGITUDE("lng", "lon", "long", "longitude");

		private final List<String> names;

		Field(String... names) {
			this.names = List.of(names);
		}

		/** The column names a newcomer may use, for the documentation and for errors. */
		List<String> names() {
			return this.names;
		}

	}

	private final Map<Field, String> columns;

	private ActorColumns(Map<Field, String> columns) {
		this.columns = columns;
	}

	/** Which of the file's columns holds each field. */
	static ActorColumns of(List<String> header) {
		Map<Field, String> columns = new EnumMap<>(Field.class);
		for (String column : header) {
			String plain = plain(column);
			for (Field field : Field.values()) {
				if (field.names.contains(plain)) {
					columns.putIfAbsent(field, column);
				}
			}
		}
		return new ActorColumns(columns);
	}

	boolean has(Field field) {
		return this.columns.containsKey(field);
	}

	/** The line's value of a field, null when the file has no such column or the line leaves it empty. */
	String get(ImportFile.Line line, Field field) {
		String column = this.columns.get(field);
		return column == null ? null : line.get(column);
	}

	static String plain(String name) {
		return TextQuery.withoutAccents(name)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
	}

}
