package org.maillage.core;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a command's constraints (Jakarta Validation annotations on its record) before anything is written, for
 * every entry point alike: the API, imports, the demo loader.
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
		String message = violations.stream()
			.map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
			.collect(Collectors.joining("; "));
		throw InvalidInputException.several(field, message);
	}

}
