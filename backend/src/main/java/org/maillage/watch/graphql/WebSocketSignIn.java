package org.maillage.watch.graphql;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.maillage.core.UnauthorizedException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;

/**
 * Signs in a GraphQL-over-WebSocket connection: browsers cannot set headers on a WebSocket, so the client sends its
 * access token in the {@code connection_init} message's payload, {@code {"Authorization": "Bearer <token>"}}. It is
 * checked once, by the service's own decoder and converter (as the HTTP filter does), and the connection is refused
 * when it is not valid. Each operation of the connection then carries the authentication in its GraphQL context,
 * under {@link #AUTHENTICATION}. A connection without a token is a public visitor's.
 * <p>
 * Only a web service has connections, and only it has the token converter: the command-line import starts the
 * service without a web server ({@code ImportCommandTests}).
 */
@Component
@ConditionalOnWebApplication
class WebSocketSignIn implements WebSocketGraphQlInterceptor {

	static final String AUTHENTICATION = "org.maillage.watch.graphql.WebSocketSignIn.authentication";

	private final JwtDecoder decoder;

	private final JwtAuthenticationConverter converter;

	WebSocketSignIn(JwtDecoder decoder, JwtAuthenticationConverter converter) {
		this.decoder = decoder;
		this.converter = converter;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		Object header = payload.get("Authorization");
		if (!(header instanceof String value) || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Mono.empty();
		}
		try {
			Authentication authentication = this.converter.convert(this.decoder.decode(value.substring(7).strip()));
			session.getAttributes().put(AUTHENTICATION, authentication);
			return Mono.empty();
		}
		catch (JwtException ex) {
			return Mono.error(new UnauthorizedException("seeFeed"));
		}
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest socket) {
			Object authentication = socket.getSessionInfo().getAttributes().get(AUTHENTICATION);
			if (authentication != null) {
				request.configureExecutionInput((input, builder) -> builder
					.graphQLContext(context -> context.put(AUTHENTICATION, authentication))
					.build());
			}
		}
		return chain.next(request);
	}

}
