package org.maillage.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Answers a request refused before GraphQL runs (too large, a token that cannot be checked, an unknown path) with a
 * body shaped like a GraphQL error, so that clients show the reason like any other: a message from the catalogue in
 * the language of the request's {@code Accept-Language}, and a classification.
 */
@Component
public class ErrorResponses {

	private final Messages messages;

	private final JsonMapper json = JsonMapper.builder().build();

	public ErrorResponses(Messages messages) {
		this.messages = messages;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
			String classification, Message message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body(request, classification, message));
		response.getWriter().flush();
	}

	/** The body alone, for callers that write their own response. */
	public String body(HttpServletRequest request, String classification, Message message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", this.messages.render(message, Languages.ofAcceptLanguage(request.getHeader("Accept-Language"))));
		error.put("extensions", Map.of("classification", classification));
		return this.json.writeValueAsString(Map.of("errors", List.of(error)));
	}

}
