package org.maillage.core;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What Spring answers outside GraphQL (an unknown path, a wrong method, a malformed request) is a GraphQL-shaped
 * error from the catalogue, with the status the container chose; {@code /error} asked for directly is a 404 like any
 * unknown path, not a 500.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ErrorResponses errors;

	ErrorPages(ErrorResponses errors) {
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<String> error(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
			ExplainedException explained = DatabaseFailures.explain(failure);
			if (explained != null && (explained.classification() == ErrorClassifications.TIMEOUT
					|| explained.classification() == ErrorClassifications.UNAVAILABLE)) {
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header("Retry-After", "5")
					.contentType(MediaType.APPLICATION_JSON)
					.body(this.errors.body(request, explained.classification().toString(), explained.explanation()));
			}
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
		String classification = switch (status) {
			case NOT_FOUND -> "NOT_FOUND";
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			case SERVICE_UNAVAILABLE -> "UNAVAILABLE";
			default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
		};
		String key = switch (status) {
			case NOT_FOUND -> "http.notFound";
			case METHOD_NOT_ALLOWED -> "http.methodNotAllowed";
			case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "http.mediaType";
			default -> status.is4xxClientError() ? "http.badRequest" : "internal.error";
		};
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.errors.body(request, classification, Message.of(key)));
	}

}
