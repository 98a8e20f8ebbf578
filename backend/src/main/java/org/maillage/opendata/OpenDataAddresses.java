package org.maillage.opendata;

import java.util.List;
import java.util.Map;

import org.maillage.core.ServiceAddress;
import org.maillage.taxonomy.TradeLevel;

import org.springframework.stereotype.Component;

/**
 * The URIs open data is written with. Ours are built on the configured public address ({@link ServiceAddress}),
 * never on the request's {@code Host}, so that an actor keeps one URI whoever fetched it and through whatever proxy.
 * Places and NAF codes take INSEE's URIs, which other data sets already link to (docs/open-data.md says which).
 */
@Component
public class OpenDataAddresses {

	/** The Licence Ouverte / Open Licence 2.0 of Etalab, under which everything published here may be reused. */
	public static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

	/** Where the published JSON-LD context is served; the same file is {@code opendata/maillage.jsonld} in the jar. */
	public static final String CONTEXT_PATH = "/ns/maillage.jsonld";

	private static final String INSEE_GEO = "http://id.insee.fr/geo/";

	private static final String INSEE_NAF = "http://id.insee.fr/codes/nafr2/";

	private final ServiceAddress address;

	OpenDataAddresses(ServiceAddress address) {
		this.address = address;
	}

	public String actor(String actorId) {
		return this.address.resolve("/actors/" + actorId);
	}

	public String context() {
		return this.address.resolve(CONTEXT_PATH);
	}

	/**
	 * A document's {@code @context}: the published one, and the namespace of this platform's own few terms
	 * ({@code maillage:active}…), which schema.org and PAIR do not have. That namespace is the deployment's, like its
	 * actors' URIs, so the published context stays one static file for every deployment.
	 */
	public List<Object> documentContext() {
		return List.of(context(), Map.of("maillage", this.address.resolve("/ns/maillage#")));
	}

	public String dump(String territoryId, String extension) {
		return this.address.resolve("/territories/" + territoryId + "/actors." + extension);
	}

	public static String commune(String code) {
		return INSEE_GEO + "commune/" + code;
	}

	public static String departement(String code) {
		return INSEE_GEO + "departement/" + code;
	}

	public static String region(String code) {
		return INSEE_GEO + "region/" + code;
	}

	/** INSEE's URI of a NAF rev. 2 entry at its level: {@code …/nafr2/sousClasse/25.62A}, {@code …/division/25}. */
	public static String naf(String code, TradeLevel level) {
		String path = switch (level) {
			case SECTION -> "section/";
			case DIVISION -> "division/";
			case GROUP -> "groupe/";
			case CLASS -> "classe/";
			case SUBCLASS -> "sousClasse/";
		};
		return INSEE_NAF + path + code;
	}

}
