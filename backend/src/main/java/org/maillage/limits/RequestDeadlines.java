package org.maillage.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.maillage.core.InFlightRequests;
import org.maillage.core.Deadline;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its {@link Deadline} ({@code maillage.limits.deadline}) and counts it among the requests
 * in flight while it is served.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestDeadlines extends OncePerRequestFilter {

	private final RequestLimits limits;

	private final InFlightRequests inFlight;

	RequestDeadlines(RequestLimits limits, InFlightRequests inFlight) {
		this.limits = limits;
		this.inFlight = inFlight;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (var counted = this.inFlight.begin(); var deadline = Deadline.start(this.limits.deadline())) {
			chain.doFilter(request, response);
		}
	}

}
