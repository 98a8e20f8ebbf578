package org.maillage.security;

import java.util.HashMap;
import java.util.Map;

/** The parameters that describe a person in Cypher: its subject, username and e-mail (which may be absent). */
final class PersonParameters {

	private PersonParameters() {
	}

	static Map<String, Object> of(Caller caller, Map<String, Object> more) {
		Map<String, Object> parameters = new HashMap<>(more);
		parameters.put("subject", caller.subject());
		parameters.put("username", caller.username());
		parameters.put("email", caller.email() == null ? null : caller.email().toLowerCase(java.util.Locale.ROOT));
		return parameters;
	}

}
