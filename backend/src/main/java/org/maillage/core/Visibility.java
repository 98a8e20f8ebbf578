package org.maillage.core;

/**
 * Who may read an item, chosen by the actor that registers it. Ordered from the widest audience to the narrowest.
 */
public enum Visibility {

	/** Anyone, signed in or not. */
	PUBLIC,

	/** Any signed-in person. */
	MEMBERS,

	/** Facilitators, public decision-makers and administrators. */
	FACILITATORS,

	/** Only the owning actor's members and administrators. */
	PRIVATE

}
