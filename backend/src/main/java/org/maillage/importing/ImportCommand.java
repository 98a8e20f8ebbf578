package org.maillage.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.core.Message;
import org.maillage.core.Messages;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@code java -jar backend.jar import FILE [--dry-run] [--spring.property=value…]}: imports a SIRENE file into the
 * database the service would use (the embedded one in its data folder, or {@code SPRING_NEO4J_URI}), printing its
 * progress, then exits: 0 when the job is done, 1 when it failed or stopped, 2 when the command is wrong. The service
 * itself does not run meanwhile (an embedded database is one process's): no web server, no demo, no background
 * figures. What it prints comes from the message catalogue, in French.
 */
public final class ImportCommand {

	private static final long PRINT_EVERY_NANOS = 2_000_000_000L;

	/** The settings the command passes on to the service: anything else is a mistake. */
	private static final List<String> SETTINGS = List.of("--maillage.", "--spring.", "--logging.", "--server.",
			"--management.");

	private ImportCommand() {
	}

	/** Whether the command line asks for an import rather than the service. */
	public static boolean asked(String[] args) {
		return args.length > 0 && "import".equals(args[0]);
	}

	/** Runs the import the command line asks for, with the service's configuration; returns the exit code. */
	public static int run(Class<?> application, String[] args) {
		Messages messages = catalogue();
		Path file = null;
		boolean dryRun = false;
		List<String> springArguments = new ArrayList<>(List.of("--maillage.demo.enabled=false",
				"--maillage.matchmaking.warm-up=false", "--maillage.observatory.first-refresh-delay=3650d",
				"--logging.level.root=WARN", "--logging.level.org.maillage.importing=INFO",
				// no request is signed in here: the sign-in service being away is no news
				"--logging.level.org.maillage.security=ERROR", "--spring.main.banner-mode=off",
				// this process runs its own job only: no other import, no e-mail
				"--maillage.import.background=false", "--maillage.mail.sending=false"));
		for (int i = 1; i < args.length; i++) {
			if ("--dry-run".equals(args[i])) {
				dryRun = true;
			}
			else if (SETTINGS.stream().anyMatch(args[i]::startsWith)) {
				springArguments.add(args[i]);
			}
			else if (file == null && !args[i].startsWith("-")) {
				file = Path.of(args[i]);
			}
			else {
				// a mistyped --dry-run must not import for real
				System.err.println(messages.render(Message.of("import.command.unknown", args[i])));
				System.err.println(messages.render(Message.of("import.command.usage")));
				return 2;
			}
		}
		if (file == null || !Files.isRegularFile(file)) {
			System.err.println(messages.render(file == null ? Message.of("import.command.usage")
					: Message.of("import.command.noFile", file.toString())));
			return 2;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.run(springArguments.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			// Spring Boot has printed why (a database folder in use, a setting missing): no stack trace on top
			System.err.println(messages.render(Message.of("import.command.noStart", rootMessage(ex))));
			return 1;
		}
		try (context) {
			return importFile(context.getBean(ImportJobs.class), messages, file, dryRun);
		}
	}

	private static int importFile(ImportJobs jobs, Messages messages, Path file, boolean dryRun) {
		ImportJob job = jobs.queue(file, dryRun, "command-line");
		System.out.println(messages.render(
				Message.of(dryRun ? "import.command.dryRun" : "import.command.start", file.toString(), job.id())));
		long start = System.nanoTime();
		long[] printed = { start };
		try {
			jobs.runNow(job.id(), progress -> {
				// a line every two seconds: a terminal, not a log
				if (System.nanoTime() - printed[0] >= PRINT_EVERY_NANOS) {
					printed[0] = System.nanoTime();
					System.out.println(messages.render(Message.of("import.command.progress",
							String.valueOf(progress.rowsRead()), String.valueOf(Math.round(progress.rowsPerSecond())),
							progress.etaSeconds() == null ? "?" : String.valueOf(progress.etaSeconds()))));
				}
			});
		}
		catch (RuntimeException ex) {
			// the database failed mid-way: what was counted is written, and the job resumes from there
			System.err.println(messages.render(Message.of("import.command.interrupted", job.id(), rootMessage(ex))));
			return 1;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		ImportJob done = jobs.findAsSystem(job.id());
		System.out.println(messages.render(Message.of("import.command.summary", String.valueOf(done.created()),
				String.valueOf(done.updated()), String.valueOf(done.unchanged()), String.valueOf(done.skipped()),
				String.valueOf(done.rowsRead()), String.format(Locale.ROOT, "%.1f", seconds),
				String.valueOf(Math.round(done.rowsRead() / Math.max(seconds, 1e-3))))));
		if (done.error() != null) {
			System.err.println(messages.render(done.error()));
		}
		return "DONE".equals(done.status()) ? 0 : 1;
	}

	/** The message catalogue without the service, for what is said before it starts or when it cannot. */
	private static Messages catalogue() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new Messages(source);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
