package org.maillage.outreach;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A question of a consultation.
 *
 * @param choices the choices of a SINGLE_CHOICE or MULTIPLE_CHOICE question (2 to 20), none for FREE_TEXT
 */
public record Question(@NotBlank @Size(max = 500) String text, @NotNull QuestionKind kind,
		@Size(max = 20) List<@NotBlank @Size(max = 200) String> choices) {

	public Question {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

}
