package org.maillage.actor;

/** The lists of an actor's profile, which a page of profiles loads together ({@link ActorDirectory#profiles}). */
public enum ProfilePart {

	CORE_TRADES, KNOW_HOW, EQUIPMENT, TOPICS, PROBLEMS, CONTACT_POINTS

}
