package org.maillage.actor;

/** What a problem is about, so that decision-makers see the recurring ones of a territory. */
public enum ProblemCategory {

	INNOVATION, INDUSTRY, SUSTAINABILITY, ENERGY, TRAINING, EMPLOYMENT, SUPPLY, LOGISTICS, FUNDING, REGULATION, OTHER

}
