package org.maillage.territory;

/** Levels of French territories, from the widest. An EPCI groups communes and may straddle départements. */
public enum TerritoryLevel {

	REGION, DEPARTEMENT, EPCI, COMMUNE

}
