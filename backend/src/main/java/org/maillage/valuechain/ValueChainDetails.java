package org.maillage.valuechain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.actor.Need;

/** What a facilitator writes of a value chain: its name and its steps in order. */
public record ValueChainDetails(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
		@NotEmpty @Size(max = 20) List<@Valid @NotNull Step> steps) {

	public record Step(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
			@NotEmpty @Size(max = 30) List<@Valid @NotNull Need> needs) {
	}

}
