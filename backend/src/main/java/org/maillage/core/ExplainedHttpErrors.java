package org.maillage.core;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answer of the plain HTTP endpoints (a segment's CSV export, a territory's report) to a failure a person is
 * told about: the status its classification means, and the same JSON error body as GraphQL's, from the catalogue in
 * the caller's language. GraphQL answers its own errors; this covers the rest.
 */
@RestControllerAdvice
class ExplainedHttpErrors {

	private final ErrorResponses errors;

	ExplainedHttpErrors(ErrorResponses errors) {
		this.errors = errors;
	}

	@ExceptionHandler(ExplainedException.class)
	ResponseEntity<String> explained(ExplainedException failure, HttpServletRequest request) {
		String classification = failure.classification().toString();
		HttpStatus status = switch (classification) {
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			case "BAD_REQUEST" -> HttpStatus.BAD_REQUEST;
			case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
			case "UNAUTHORIZED" -> HttpStatus.UNAUTHORIZED;
			case "CONFLICT" -> HttpStatus.CONFLICT;
			default -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header("Retry-After", "5");
		}
		return answer.body(this.errors.body(request, classification, failure.explanation()));
	}

}
