package org.maillage.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks the service applies to a correctly signed token: expiry, issuer, audience. Tokens are signed here with
 * a key of the test's own, which stands for the realm's key (the real Keycloak cannot be asked for an expired or
 * foreign token); SignInHttpIntegrationTests covers refused signatures against the real one.
 */
class TokenValidationTests {

	private static final String ISSUER = "http://127.0.0.1:8180/realms/maillage";

	private final KeyPair keys = keyPair();

	private final NimbusJwtDecoder decoder = decoder();

	@Test
	void aCurrentTokenOfTheRealmForTheApiIsAccepted() {
		assertThat(this.decoder.decode(token(ISSUER, "maillage-api", Instant.now().plusSeconds(300))).getSubject())
			.isEqualTo("someone");
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertThatThrownBy(() -> this.decoder.decode(token(ISSUER, "maillage-api", Instant.now().minusSeconds(120))))
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		assertThatThrownBy(() -> this.decoder
			.decode(token("http://127.0.0.1:8180/realms/elsewhere", "maillage-api", Instant.now().plusSeconds(300))))
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("iss");
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		assertThatThrownBy(() -> this.decoder.decode(token(ISSUER, "account", Instant.now().plusSeconds(300))))
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("aud");
	}

	private NimbusJwtDecoder decoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) this.keys.getPublic()).build();
		decoder.setJwtValidator(SecurityConfiguration.validator(ISSUER, "maillage-api"));
		return decoder;
	}

	private String token(String issuer, String audience, Instant expiry) {
		try {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("someone")
				.issuer(issuer)
				.audience(List.of(audience))
				.issueTime(Date.from(expiry.minusSeconds(900)))
				.expirationTime(Date.from(expiry))
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner(this.keys.getPrivate()));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
