package org.maillage.core;

import graphql.ErrorClassification;

/** A service Maillage depends on cannot be reached; the request was not carried out and may be tried again. */
public class UnavailableException extends ExplainedException {

	public UnavailableException(Message explanation, Throwable cause) {
		super(explanation, cause);
	}

	@Override
	public ErrorClassification classification() {
		return ErrorClassifications.UNAVAILABLE;
	}

}
