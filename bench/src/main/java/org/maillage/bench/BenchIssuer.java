package org.maillage.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sign-in service of the benchmark's own, on a loopback port: it publishes an OpenID discovery document and the
 * public half of an RSA key, and signs tokens shaped like Keycloak's (realm roles, the API in the audience), so that
 * a benchmark calls as a facilitator through the service's real token checks without starting a Keycloak. Token
 * checks cost microseconds next to the queries measured.
 */
final class BenchIssuer implements AutoCloseable {

	static final String CLIENT = "maillage-api";

	private final HttpServer server;

	private final RSAKey key;

	private final String issuer;

	private BenchIssuer(HttpServer server, RSAKey key, String issuer) {
		this.server = server;
		this.key = key;
		this.issuer = issuer;
	}

	static BenchIssuer start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
			String discovery = JsonMapper.builder().build().writeValueAsString(Map.of("issuer", issuer, "jwks_uri",
					issuer + "/protocol/openid-connect/certs", "id_token_signing_alg_values_supported", List.of("RS256"),
					"subject_types_supported", List.of("public"), "response_types_supported", List.of("code")));
			String keys = new JWKSet(key.toPublicJWK()).toString();
			server.createContext("/realms/bench/.well-known/openid-configuration", exchange -> json(exchange, discovery));
			server.createContext("/realms/bench/protocol/openid-connect/certs", exchange -> json(exchange, keys));
			server.start();
			return new BenchIssuer(server, key, issuer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the benchmark's sign-in service", ex);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot make the benchmark's signing key", ex);
		}
	}

	String issuer() {
		return this.issuer;
	}

	/** A token valid for an hour for this subject and these realm roles (MEMBER, FACILITATOR…). */
	String token(String subject, String... roles) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.audience(CLIENT)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.jwtID(UUID.randomUUID().toString())
			.claim("preferred_username", subject)
			.claim("email", subject + "@bench.example.org")
			.claim("email_verified", true)
			.claim("realm_access", Map.of("roles", List.of(roles)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token", ex);
		}
		return jwt.serialize();
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
