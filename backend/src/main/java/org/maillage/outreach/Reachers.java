package org.maillage.outreach;

import org.maillage.core.ForbiddenException;
import org.maillage.core.Message;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may reach actors: decision-makers and facilitators (and administrators), the people the contact points'
 * consent is given to.
 */
@Component
class Reachers {

	private final Callers callers;

	Reachers(Callers callers) {
		this.callers = callers;
	}

	/** @param action what the caller is doing, an action of the message catalogue ({@code action.<action>}) */
	Caller require(String action) {
		Caller caller = this.callers.requireSignedIn(action);
		if (!caller.has(Role.DECISION_MAKER) && !caller.has(Role.FACILITATOR) && !caller.isAdmin()) {
			throw ForbiddenException.of("forbidden.outreach", Message.of("action." + action));
		}
		return caller;
	}

}
