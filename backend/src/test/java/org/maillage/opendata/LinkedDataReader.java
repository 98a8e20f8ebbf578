package org.maillage.opendata;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import jakarta.json.JsonArray;

/**
 * Reads the service's JSON-LD with a real processor (titanium), offline: the only remote document it may load is the
 * published context, which it takes from the service under test; any other URL (PAIR's, schema.org's) fails the test
 * rather than reaching the network.
 */
final class LinkedDataReader {

	/** One RDF statement; a literal object carries its datatype, an IRI or blank node none. */
	record Triple(String subject, String predicate, String object, String datatype) {

		boolean literal() {
			return this.datatype != null;
		}

	}

	static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

	static final String SCHEMA = "http://schema.org/";

	static final String PAIR = "http://virtual-assembly.org/ontologies/pair#";

	private final DocumentLoader loader;

	/**
	 * @param contextUrl the context's URL as the documents name it
	 * @param servedContext the context as the service serves it
	 */
	LinkedDataReader(String contextUrl, Supplier<byte[]> servedContext) {
		this.loader = (url, options) -> {
			if (!url.equals(URI.create(contextUrl))) {
				throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "No network in tests: " + url);
			}
			return JsonDocument.of(new ByteArrayInputStream(servedContext.get()));
		};
	}

	JsonArray expand(String json) throws JsonLdError {
		return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(this.loader).get();
	}

	Set<Triple> triples(String json) throws JsonLdError {
		Set<Triple> triples = new LinkedHashSet<>();
		JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(this.loader).provide(new RdfQuadConsumer() {

			@Override
			public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype,
					String language, String direction, String graph) {
				triples.add(new Triple(subject, predicate, object, datatype));
				return this;
			}

		});
		return triples;
	}

}
