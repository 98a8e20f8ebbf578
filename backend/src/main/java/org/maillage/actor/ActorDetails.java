package org.maillage.actor;

import java.util.List;
import java.util.Objects;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an actor says about itself: everything a registration or an update sets.
 *
 * @param commune INSEE code of its commune ("57463") or the commune's territory id ("commune:57463")
 * @param coreTrades NAF rev. 2 subclass codes ("24.45Z")
 */
public record ActorDetails(
		@NotNull ActorKind kind,
		@NotNull Sector sector,
		@NotBlank @Size(max = 200) String name,
		@Size(max = 4000) String description,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{input.website}") String website,
		@Pattern(regexp = "\\d{14}", message = "{validation.siret}") String siret,
		@NotBlank String commune,
		@Valid GeoPoint location,
		@Size(max = 20) List<@NotBlank String> coreTrades) {

	public ActorDetails {
		coreTrades = coreTrades == null ? List.of()
				: coreTrades.stream()
					.filter(Objects::nonNull)
					.map(code -> code.strip().toUpperCase(Locale.ROOT))
					.distinct()
					.toList();
		siret = siret == null || siret.isBlank() ? null : siret.replace(" ", "");
	}

	/** The commune's territory id, whichever form the caller used. */
	public String communeId() {
		String commune = this.commune.strip();
		return commune.startsWith("commune:") ? commune : "commune:" + commune;
	}

}
