package org.maillage.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.core.Visibility;

public record ProblemDetails(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
		@NotNull ProblemCategory category, @NotNull ProblemStatus status, @NotNull Visibility visibility) {
}
