package org.maillage.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maillage.core.Message;
import org.maillage.core.Messages;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar backend.jar import FILE [--dry-run] [--spring.property=value…]}: imports a SIRENE file into the
 * database the service would use (the embedded one in its data folder, or {@code SPRING_NEO4J_URI}), printing its
 * progress, then exits: 0 when the job is done, 1 when it failed, 2 when the command is wrong. The service itself
 * does not run meanwhile (an embedded database is one process's): no web server, no demo, no background figures.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	/** Whether the command line asks for an import rather than the service. */
	public static boolean asked(String[] args) {
		return args.length > 0 && "import".equals(args[0]);
	}

	/** Runs the import the command line asks for, with the service's configuration; returns the exit code. */
	public static int run(Class<?> application, String[] args) {
		Path file = null;
		boolean dryRun = false;
		List<String> springArguments = new ArrayList<>(List.of("--maillage.demo.enabled=false",
				"--maillage.matchmaking.warm-up=false", "--maillage.observatory.first-refresh-delay=3650d",
				"--logging.level.root=WARN", "--logging.level.org.maillage.importing=INFO",
				// no request is signed in here: the sign-in service being away is no news
				"--logging.level.org.maillage.security=ERROR", "--spring.main.banner-mode=off"));
		for (int i = 1; i < args.length; i++) {
			if ("--dry-run".equals(args[i])) {
				dryRun = true;
			}
			else if (args[i].startsWith("--")) {
				springArguments.add(args[i]);
			}
			else if (file == null) {
				file = Path.of(args[i]);
			}
		}
		if (file == null || !Files.isRegularFile(file)) {
			System.err.println(file == null ? "Usage : java -jar backend.jar import FICHIER [--dry-run]"
					: "Fichier introuvable : " + file);
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(springArguments.toArray(String[]::new))) {
			ImportJobs jobs = context.getBean(ImportJobs.class);
			Messages messages = context.getBean(Messages.class);
			ImportJob job = jobs.queue(file, dryRun, "command-line");
			System.out.println(messages.render(Message.of(dryRun ? "import.command.dryRun" : "import.command.start",
					file.toString(), job.id())));
			long start = System.nanoTime();
			long[] printed = { start };
			jobs.runNow(job.id(), progress -> {
				// a line every two seconds: a terminal, not a log
				if (System.nanoTime() - printed[0] >= 2_000_000_000L) {
					printed[0] = System.nanoTime();
					System.out.println(messages.render(Message.of("import.command.progress",
							String.valueOf(progress.rowsRead()), String.valueOf(Math.round(progress.rowsPerSecond())),
							progress.etaSeconds() == null ? "?" : String.valueOf(progress.etaSeconds()))));
				}
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			ImportJob done = jobs.findAsSystem(job.id());
			System.out.println(messages.render(Message.of("import.command.summary", String.valueOf(done.created()),
					String.valueOf(done.updated()), String.valueOf(done.unchanged()), String.valueOf(done.skipped()),
					String.valueOf(done.rowsRead()), String.format(java.util.Locale.ROOT, "%.1f", seconds),
					String.valueOf(Math.round(done.rowsRead() / Math.max(seconds, 1e-3))))));
			if (done.error() != null) {
				System.err.println(messages.render(done.error()));
			}
			return "DONE".equals(done.status()) ? 0 : 1;
		}
	}

}
