package org.maillage.workspace;

/** DECLARED by the group; VERIFIED by a facilitator, until the effect changes. */
public enum EffectStatus {

	DECLARED, VERIFIED

}
