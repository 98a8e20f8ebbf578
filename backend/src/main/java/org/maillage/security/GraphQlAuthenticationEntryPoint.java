package org.maillage.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.maillage.core.ErrorResponses;
import org.maillage.core.Message;
import org.maillage.core.ServiceAddress;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A refused token gets HTTP 401 with the standard {@code WWW-Authenticate} header, and a GraphQL-shaped body that
 * says why in words ("the token has expired", "not issued by this platform's sign-in service"), so that GraphQL
 * clients show the reason like any other error. The header points at the protected-resource metadata under the
 * configured public URL, not under whatever {@code Host} the request claimed.
 */
class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

	private final BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();

	private final ErrorResponses errors;

	GraphQlAuthenticationEntryPoint(ErrorResponses errors, ServiceAddress address) {
		this.errors = errors;
		String metadata = address.resolve(METADATA_PATH);
		this.standard.setResourceMetadataParameterResolver(request -> metadata);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		this.standard.commence(request, response, failure);
		this.errors.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
				Message.of("unauthorized.token", Message.of(reason(failure))));
	}

	private static String reason(AuthenticationException failure) {
		String detail = String.valueOf(failure.getMessage());
		if (detail.contains("Jwt expired")) {
			return "token.expired";
		}
		if (detail.contains("The iss claim")) {
			return "token.otherIssuer";
		}
		if (detail.contains("The aud claim")) {
			return "token.otherAudience";
		}
		if (detail.contains("signature") || detail.contains("Signed JWT") || detail.contains("JWS")) {
			return "token.signature";
		}
		return "token.invalid";
	}

}
