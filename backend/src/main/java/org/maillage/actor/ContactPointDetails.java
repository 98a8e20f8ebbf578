package org.maillage.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.core.Visibility;

public record ContactPointDetails(@NotNull ContactKind kind, @Size(max = 200) String label,
		@NotBlank @Size(max = 500) String value, @NotNull Visibility visibility, Boolean consentsToContact) {

	/** No consent unless given: contact points written before consent existed, or without saying, have none. */
	public ContactPointDetails {
		consentsToContact = Boolean.TRUE.equals(consentsToContact);
	}
}
