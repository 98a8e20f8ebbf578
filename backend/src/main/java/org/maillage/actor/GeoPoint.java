package org.maillage.actor;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** WGS 84 coordinates. */
public record GeoPoint(
		@DecimalMin(value = "-90", message = "must be a latitude between -90 and 90") @DecimalMax(value = "90",
				message = "must be a latitude between -90 and 90") double latitude,
		@DecimalMin(value = "-180", message = "must be a longitude between -180 and 180") @DecimalMax(value = "180",
				message = "must be a longitude between -180 and 180") double longitude) {
}
