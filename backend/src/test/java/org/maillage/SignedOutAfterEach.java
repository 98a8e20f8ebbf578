package org.maillage;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Signs the caller out after each test ({@link TestCallers}), so that no test runs as the one before it signed in
 * as: carried by {@link MaillageIntegrationTest} and the test classes that act as callers without it.
 */
public class SignedOutAfterEach implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		TestCallers.signOut();
	}

}
