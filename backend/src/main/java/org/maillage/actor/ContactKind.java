package org.maillage.actor;

public enum ContactKind {

	EMAIL, PHONE, WEBSITE, ADDRESS, PERSON

}
