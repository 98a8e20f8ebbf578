package org.maillage.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The realm's tokens, checked with the realm's keys, which are fetched from the sign-in service on the first token
 * and whenever they rotate. When the sign-in service cannot be reached to fetch them, the token cannot be checked:
 * that is said as such ({@link JwtException}, which Spring Security turns into an authentication service failure,
 * answered 503), never confused with a bad token (401) nor left to become a 500.
 */
final class IssuerJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	IssuerJwtDecoder(JwtDecoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public Jwt decode(String token) {
		try {
			return this.delegate.decode(token);
		}
		catch (JwtDecoderInitializationException ex) {
			throw new JwtException("The sign-in service could not be reached to check the token: " + ex.getMessage(),
					ex);
		}
	}

}
