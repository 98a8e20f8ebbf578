package org.maillage.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells a failed check as Spring Boot tells start-up failures: what is wrong, what to do, no stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckFailure> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckFailure cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
