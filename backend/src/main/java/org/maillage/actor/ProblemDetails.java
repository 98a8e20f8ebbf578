package org.maillage.actor;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.core.Visibility;

/**
 * @param category OTHER when not given
 * @param needs what the problem needs from the actors who could help (at most 30), replacing any it had
 */
public record ProblemDetails(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
		@NotNull ProblemCategory category, @NotNull ProblemStatus status, @NotNull Visibility visibility,
		@Size(max = 30) List<@Valid @NotNull Need> needs) {

	public ProblemDetails {
		// a problem nobody could file still counts among its territory's problems, under OTHER
		category = category == null ? ProblemCategory.OTHER : category;
		needs = needs == null ? List.of() : List.copyOf(needs);
	}

}
