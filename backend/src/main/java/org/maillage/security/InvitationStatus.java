package org.maillage.security;

public enum InvitationStatus {

	PENDING, ACCEPTED, DECLINED, REVOKED

}
