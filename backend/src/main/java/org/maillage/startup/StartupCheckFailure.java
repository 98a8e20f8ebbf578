package org.maillage.startup;

/** Something stops the service from starting, told as what is wrong and what to do about it. */
final class StartupCheckFailure extends RuntimeException {

	private final String action;

	StartupCheckFailure(String problem, String action) {
		super(problem);
		this.action = action;
	}

	StartupCheckFailure(String problem, String action, Throwable cause) {
		super(problem, cause);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
