package org.maillage.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool installed in node_modules by the build (npm ci) with the machine's Node.js, in the module's folder.
 * The tools are called by the file their package.json names as "bin", which works alike on every system.
 */
final class NodeTools {

	static final String GRAPHQL_INSPECTOR = "node_modules/@graphql-inspector/cli/cjs/index.js";

	static final String TSC = "node_modules/typescript/bin/tsc";

	private NodeTools() {
	}

	static Result run(String script, String... arguments) {
		if (!Files.exists(Path.of(script))) {
			// never skipped: a test run that passes has checked the schema against the release
			throw new IllegalStateException(script + " is not installed: the contract's checks need Node.js and the "
					+ "build's npm ci. -Dcontract.skipNode=true is for builds that skip the tests (-DskipTests) only.");
		}
		List<String> command = new ArrayList<>(List.of("node", script));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not end within 2 minutes:\n" + output);
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command + ": is Node.js installed?", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Result(int exitCode, String output) {
	}

}
