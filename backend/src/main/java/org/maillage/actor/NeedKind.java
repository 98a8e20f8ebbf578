package org.maillage.actor;

/** What kind of capability a problem needs. */
public enum NeedKind {

	/** A NAF code at any level; actors whose core trades fall under it meet the need. */
	TRADE,

	/** Know-how, in words. */
	KNOW_HOW,

	/** A category of shareable equipment. */
	EQUIPMENT_CATEGORY,

	/** A collaboration topic (its name or key). */
	TOPIC

}
