package org.maillage.opendata.web;

import org.maillage.opendata.OpenDataAddresses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** What every open-data answer carries. */
final class OpenDataHeaders {

	static final String JSON_LD_VALUE = "application/ld+json";

	static final MediaType JSON_LD = MediaType.parseMediaType(JSON_LD_VALUE);

	private OpenDataHeaders() {
	}

	/**
	 * Its licence as a link (RFC 8288's {@code license} relation), and open to every origin: open data is read by
	 * other sites' pages too (the JSON-LD playground fetches documents and their context from the browser).
	 */
	static HttpHeaders open() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.LINK, "<" + OpenDataAddresses.LICENCE + ">; rel=\"license\"");
		headers.add(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		return headers;
	}

}
