package org.maillage.actor;

/** What kind of organisation an actor is. */
public enum ActorKind {

	COMPANY, PUBLIC_BODY, RESEARCH_LAB, CLUSTER, ASSOCIATION, TRAINING_BODY, INVESTOR, OTHER

}
