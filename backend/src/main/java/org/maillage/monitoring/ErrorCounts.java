package org.maillage.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Counts the errors of GraphQL answers by their classification ({@code BAD_REQUEST}, {@code NOT_FOUND},
 * {@code FORBIDDEN}, {@code TIMEOUT}, {@code UNAVAILABLE}, {@code INTERNAL_ERROR}…, the same the answer carries in
 * {@code extensions.classification}) and by operation: {@value #METER}. A rise of one class tells an operator where
 * to look — clients (BAD_REQUEST), the sign-in service or the database (UNAVAILABLE), the service (INTERNAL_ERROR).
 */
@Component
class ErrorCounts implements WebGraphQlInterceptor {

	static final String METER = "maillage.graphql.errors";

	private final MeterRegistry registry;

	ErrorCounts(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(this::count);
	}

	private void count(WebGraphQlResponse response) {
		if (response.getErrors().isEmpty()) {
			return;
		}
		String operation = OperationFields.of(response.getExecutionInput().getGraphQLContext());
		for (ResponseError error : response.getErrors()) {
			this.registry
				.counter(METER, "classification", String.valueOf(error.getErrorType()), OperationObservationConvention.FIELDS,
						operation)
				.increment();
		}
	}

}
