package org.maillage.workspace;

/**
 * What a useful effect measures, each in one unit fixed here, so that effects of one indicator add up.
 */
public enum EffectIndicator {

	MATERIAL_KEPT_IN_USE("t"), CO2E_AVOIDED("tCO2e"), EUROS_SAVED("EUR"), EUROS_EARNED("EUR"), JOBS_CREATED("jobs"),
	JOBS_KEPT("jobs"), ENERGY_SAVED("MWh"), WATER_SAVED("m3");

	private final String unit;

	EffectIndicator(String unit) {
		this.unit = unit;
	}

	public String unit() {
		return this.unit;
	}

}
