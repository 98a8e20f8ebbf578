package org.maillage.workspace;

import java.util.HashMap;
import java.util.Map;

import org.maillage.TestCallers;
import org.maillage.security.KeycloakServer;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The demo realm's users as the workspace tests act: each signed in with a real token of the run's Keycloak (one per
 * user, kept), and accepting a group's invitation for one of their actors.
 */
final class DemoUsers {

	private final Map<String, String> tokens = new HashMap<>();

	private final GraphQlTester graphQl;

	private final JwtDecoder jwtDecoder;

	private final JwtAuthenticationConverter jwtAuthenticationConverter;

	DemoUsers(GraphQlTester graphQl, JwtDecoder jwtDecoder, JwtAuthenticationConverter jwtAuthenticationConverter) {
		this.graphQl = graphQl;
		this.jwtDecoder = jwtDecoder;
		this.jwtAuthenticationConverter = jwtAuthenticationConverter;
	}

	/** Acts as {@code user}; null for the public visitor. */
	void signIn(String user) {
		if (user == null) {
			TestCallers.signOut();
			return;
		}
		TestCallers.signInWithToken(token(user), this.jwtDecoder, this.jwtAuthenticationConverter);
	}

	/** The user's access token, as an HTTP client sends it. */
	String token(String user) {
		return this.tokens.computeIfAbsent(user, name -> KeycloakServer.shared().accessToken(name, "dev-only-" + name));
	}

	/** The signed-in user accepts, for its actor, the group's invitation. */
	void accept(String group, String actorId) {
		this.graphQl.document("""
				mutation($id: ID!, $actorId: ID!) { answerWorkingGroupInvitation(input: {id: $id, actorId: $actorId,
				  accept: true}) { workingGroup { id } } }""")
			.variable("id", group)
			.variable("actorId", actorId)
			.execute()
			.errors()
			.verify();
	}

}
