package org.maillage.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.core.Visibility;

public record EquipmentDetails(@NotBlank @Size(max = 200) String name, @NotNull EquipmentCategory category,
		@Size(max = 4000) String description, @Size(max = 500) String capacity, @Size(max = 1000) String sharingTerms,
		Boolean shared, @NotNull Visibility visibility) {

	public EquipmentDetails {
		// the register is of equipment to share: an actor says so when it does not
		shared = shared == null ? Boolean.TRUE : shared;
	}

}
