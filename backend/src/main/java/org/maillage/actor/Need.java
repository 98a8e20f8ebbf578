package org.maillage.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Something a problem needs from the actors who could help solve it: what matchmaking will cover.
 *
 * @param value a NAF code, know-how words, an equipment category or a topic, by {@code kind}
 * @param essential whether a solution is unthinkable without it
 */
public record Need(@NotNull NeedKind kind, @NotBlank @Size(max = 200) String value, boolean essential) {

	public Need {
		value = value == null ? null : value.strip();
	}

}
