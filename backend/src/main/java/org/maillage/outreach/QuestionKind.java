package org.maillage.outreach;

public enum QuestionKind {

	/** One of the choices. */
	SINGLE_CHOICE,

	/** One or more of the choices. */
	MULTIPLE_CHOICE,

	/** A text of the answerer's own. */
	FREE_TEXT

}
