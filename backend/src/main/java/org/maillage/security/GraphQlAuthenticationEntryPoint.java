package org.maillage.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A refused token gets HTTP 401 with the standard {@code WWW-Authenticate} header, and a GraphQL-shaped body that
 * says why in words ("the token has expired", "not issued by this platform's sign-in service"), so that GraphQL
 * clients show the reason like any other error.
 */
class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		this.standard.commence(request, response, failure);
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String message = "The access token was refused: " + reason(failure)
				+ ". Sign in again, or send no token to read as a public visitor.";
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
	}

	private static String reason(AuthenticationException failure) {
		String detail = String.valueOf(failure.getMessage());
		if (detail.contains("Jwt expired")) {
			return "it has expired";
		}
		if (detail.contains("The iss claim")) {
			return "it was not issued by this platform's sign-in service";
		}
		if (detail.contains("The aud claim")) {
			return "it was not issued for this API";
		}
		if (detail.contains("JWK") || detail.contains("issuer location") || detail.contains("Unable to resolve")) {
			return "the sign-in service could not be reached to check it, try again shortly";
		}
		if (detail.contains("signature") || detail.contains("Signed JWT") || detail.contains("JWS")) {
			return "its signature is not valid";
		}
		return "it is not a valid token of this platform";
	}

}
