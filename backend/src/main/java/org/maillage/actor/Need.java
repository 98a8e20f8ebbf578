package org.maillage.actor;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Something a problem (or a value-chain step) needs from the actors who could help: what matchmaking covers.
 *
 * @param value a NAF code, know-how words, an equipment category or a topic key, by {@code kind}
 * @param essential whether a solution is unthinkable without it
 * @param inferred whether matchmaking inferred it from a problem's text rather than someone stating it
 * @param label the need in words (a trade's label, a category's name); null until read back from the graph
 * @param inferredFrom for an inferred need, the words of the problem's text that suggested it; empty otherwise
 * @param confidence for an inferred need, how sure the inference is, between 0 and 1; null otherwise
 */
public record Need(@NotNull NeedKind kind, @NotBlank @Size(max = 200) String value, boolean essential,
		Boolean inferred, String label, List<String> inferredFrom, Double confidence) {

	/** A need as stated, or inferred without a record of why. */
	public Need(NeedKind kind, String value, boolean essential, Boolean inferred, String label) {
		this(kind, value, essential, inferred, label, List.of(), null);
	}

	public Need {
		inferredFrom = inferredFrom == null ? List.of() : List.copyOf(inferredFrom);
		value = value == null ? null : value.strip();
		// Absent from every input (GraphQL's NeedInput, JSON files): only matchmaking sets it.
		inferred = Boolean.TRUE.equals(inferred);
		if (label == null && kind != null && value != null) {
			label = kind == NeedKind.EQUIPMENT_CATEGORY ? EquipmentCategory.labelOf(value) : value;
		}
	}

	/** A need someone stated. */
	public Need(NeedKind kind, String value, boolean essential) {
		this(kind, value, essential, false, null);
	}

}
