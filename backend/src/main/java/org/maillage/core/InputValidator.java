package org.maillage.core;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a command's constraints (Jakarta Validation annotations on its record) before anything is written, for
 * every entry point alike: the API, imports, the demo loader. Each broken rule becomes a message of our catalogue,
 * so that it is told in the caller's language like every other error: a constraint whose {@code message} is a
 * {@code {key}} uses that key, the standard constraints use {@code validation.<Constraint>}.
 */
@Component
public class InputValidator {

	private final Validator validator;

	public InputValidator(Validator validator) {
		this.validator = validator;
	}

	/** @throws InvalidInputException naming the first field in error, with every broken rule in its message */
	public void check(Object input) {
		List<ConstraintViolation<Object>> violations = this.validator.validate(input)
			.stream()
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.toList();
		if (violations.isEmpty()) {
			return;
		}
		String field = violations.get(0).getPropertyPath().toString();
		List<Message> broken = violations.stream().map(InputValidator::explain).toList();
		throw new InvalidInputException(field,
				broken.size() == 1 ? broken.get(0) : Message.of("validation.several", broken));
	}

	static Message explain(ConstraintViolation<?> violation) {
		String field = violation.getPropertyPath().toString();
		String template = violation.getMessageTemplate();
		if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
				&& !template.startsWith("{org.hibernate.")) {
			return Message.of(template.substring(1, template.length() - 1), field);
		}
		Map<String, Object> rule = violation.getConstraintDescriptor().getAttributes();
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return switch (constraint) {
			case "NotBlank", "NotNull", "NotEmpty" -> Message.of("validation." + constraint, field);
			case "Size" -> sized(violation, field, rule);
			case "Min", "Max", "DecimalMin", "DecimalMax" ->
				Message.of("validation." + constraint, field, String.valueOf(rule.get("value")));
			default -> Message.of("validation.invalid", field);
		};
	}

	private static Message sized(ConstraintViolation<?> violation, String field, Map<String, Object> rule) {
		String unit = violation.getInvalidValue() instanceof CharSequence ? "text" : "list";
		int min = (Integer) rule.get("min");
		int max = (Integer) rule.get("max");
		return min > 0 ? Message.of("validation.Size." + unit + ".between", field, min, max)
				: Message.of("validation.Size." + unit + ".max", field, max);
	}

}
