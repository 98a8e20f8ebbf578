package org.maillage.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.core.Visibility;

public record KnowHowDetails(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
		@NotNull Visibility visibility) {
}
