package org.maillage.actor;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** WGS 84 coordinates. */
public record GeoPoint(
		@DecimalMin(value = "-90", message = "{validation.latitude}") @DecimalMax(value = "90",
				message = "{validation.latitude}") double latitude,
		@DecimalMin(value = "-180", message = "{validation.longitude}") @DecimalMax(value = "180",
				message = "{validation.longitude}") double longitude) {
}
