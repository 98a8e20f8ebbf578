package org.maillage.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.ErrorResponses;
import org.maillage.core.Message;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A token that could not be checked because the sign-in service is unreachable (or misconfigured) is answered 503,
 * with a GraphQL-shaped UNAVAILABLE error and {@code Retry-After}: the client did nothing wrong and may try again.
 * Requests without a token never meet this and keep working. Any other refusal of a token is the entry point's
 * 401. Logged in one line, at most once a minute, not once per request.
 */
final class SignInUnavailable implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInUnavailable.class);

	static final int RETRY_AFTER_SECONDS = 30;

	private static final long LOG_EVERY_NANOS = 60_000_000_000L;

	private final AuthenticationEntryPoint refusal;

	private final ErrorResponses errors;

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	SignInUnavailable(AuthenticationEntryPoint refusal, ErrorResponses errors) {
		this.refusal = refusal;
		this.errors = errors;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		if (!(failure instanceof AuthenticationServiceException)) {
			this.refusal.commence(request, response, failure);
			return;
		}
		long last = this.lastLogged.get();
		if (System.nanoTime() - last >= LOG_EVERY_NANOS && this.lastLogged.compareAndSet(last, System.nanoTime())) {
			log.warn("Tokens cannot be checked, answered 503: {}", failure.getMessage());
		}
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		this.errors.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
				Message.of("unavailable.signIn"));
	}

}
