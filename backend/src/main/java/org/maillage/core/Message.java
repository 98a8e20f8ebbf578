package org.maillage.core;

import java.util.Arrays;
import java.util.List;

/**
 * A message meant for a person: the key of its text in the message catalogue ({@code messages.properties}, French,
 * and {@code messages_en.properties}) and the values the text takes, in order. A value may itself be a message (a
 * noun, an action) or a list of messages, rendered in the same language.
 *
 * @param key the catalogue key, such as {@code actor.siret.taken}
 * @param args the values of the text's {@code {0}}, {@code {1}}…; strings for identifiers, so that no number
 * formatting touches them
 */
public record Message(String key, List<Object> args) {

	public Message {
		args = List.copyOf(args);
	}

	public static Message of(String key, Object... args) {
		return new Message(key, Arrays.asList(args));
	}

	/** The key and raw values, for logs: logs are for operators and stay in one language. */
	@Override
	public String toString() {
		return this.args.isEmpty() ? this.key : this.key + this.args;
	}

}
