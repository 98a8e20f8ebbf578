package org.maillage.core;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message a person may read exists in French and in English, and every key the code names is there. */
class MessageCatalogueTests {

	/** String literals shaped like a key: those in one of the catalogue's namespaces must be in it. */
	private static final Pattern NAMED = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z.]*[a-zA-Z])\"");

	private static final Pattern NOUN = Pattern.compile("new NotFoundException\\(\"([a-zA-Z]+)\"");

	private static final Pattern ACTION = Pattern.compile("require(?:SignedIn|Facilitator|Editor)\\(\"([a-zA-Z]+)\"\\)");

	private static final Pattern TEMPLATE = Pattern.compile("message = \"\\{([a-zA-Z.]+)}\"");

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.isEqualTo(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyTextIsAValidPatternWithoutStraightApostrophes() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties texts = load(file);
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				assertThat(text).as(file + " " + key).doesNotContain("'");
				new MessageFormat(text);
			}
		}
	}

	@Test
	void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> namespaces = new TreeSet<>(keys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).toList());
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				collect(NAMED, code, "", named);
				collect(NOUN, code, "notFound.", named);
				collect(ACTION, code, "action.", named);
				collect(TEMPLATE, code, "", named);
			}
		}
		named.removeIf(literal -> namespaces.stream().noneMatch(literal::startsWith));
		assertThat(named).as("keys named in the code").hasSizeGreaterThan(80);
		assertThat(keys).containsAll(named);
	}

	@Test
	void nestedMessagesAreRenderedInTheSameLanguage() {
		ResourceBundleMessageSource catalogue = new ResourceBundleMessageSource();
		catalogue.setBasename("messages");
		catalogue.setDefaultEncoding("UTF-8");
		catalogue.setFallbackToSystemLocale(false);
		Messages messages = new Messages(catalogue);
		Message signIn = new UnauthorizedException("deleteActor").explanation();
		assertThat(messages.render(signIn, Languages.FRENCH)).startsWith("Connectez-vous pour supprimer un acteur :");
		assertThat(messages.render(signIn, Languages.ENGLISH)).startsWith("Sign in to delete an actor:");
		assertThat(messages.render(signIn, java.util.Locale.GERMAN)).startsWith("Connectez-vous");
		assertThat(messages.render(Message.of("no.such.key", "x"), Languages.FRENCH)).isEqualTo("no.such.key[x]");
	}

	private static void collect(Pattern pattern, String code, String prefix, Set<String> into) {
		Matcher matcher = pattern.matcher(code);
		while (matcher.find()) {
			into.add(prefix + matcher.group(1));
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
