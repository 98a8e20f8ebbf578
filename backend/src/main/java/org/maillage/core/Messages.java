package org.maillage.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Renders {@link Message}s from the catalogue in the language of the person who reads them. A key missing from the
 * catalogue is a bug, but the person still gets the key and its values rather than an error about the error.
 */
@Component
public class Messages {

	private final MessageSource catalogue;

	public Messages(MessageSource catalogue) {
		this.catalogue = catalogue;
	}

	public String render(Message message, Locale requested) {
		Locale language = Languages.of(requested);
		Object[] values = message.args().stream().map(value -> value(value, language)).toArray();
		try {
			return this.catalogue.getMessage(message.key(), values, language);
		}
		catch (NoSuchMessageException ex) {
			return message.toString();
		}
	}

	/** The platform's own language, for what is recorded rather than answered (the audit trail). */
	public String render(Message message) {
		return render(message, Languages.FRENCH);
	}

	private Object value(Object value, Locale language) {
		if (value instanceof Message nested) {
			return render(nested, language);
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Message) {
			String separator = this.catalogue.getMessage("list.separator", null, "; ", language);
			return list.stream().map(item -> render((Message) item, language)).collect(Collectors.joining(separator));
		}
		return value;
	}

}
