package org.maillage.security;

/** A person's role in an actor: owners also manage its members; editors edit its profile and items. */
public enum MembershipRole {

	OWNER, EDITOR

}
