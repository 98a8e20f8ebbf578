package org.maillage.actor;

/** A contact point whose actor agrees to be contacted through it by decision-makers and facilitators. */
public record ConsentedContact(String actorId, String actorName, String communeId, ContactKind kind, String label,
		String value) {
}
