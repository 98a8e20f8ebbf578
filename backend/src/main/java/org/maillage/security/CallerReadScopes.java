package org.maillage.security;

import java.util.EnumSet;
import java.util.Set;

import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;

import org.springframework.stereotype.Component;

/**
 * What a caller may read. Public visitors: PUBLIC items. Any signed-in person: MEMBERS items too. Facilitators,
 * decision-makers and administrators: FACILITATORS items too. PRIVATE items: only the owning actor's members (their
 * actors are the scope's own actors) and administrators.
 */
@Component
class CallerReadScopes implements ReadScopes {

	private final Callers callers;

	private final Memberships memberships;

	CallerReadScopes(Callers callers, Memberships memberships) {
		this.callers = callers;
		this.memberships = memberships;
	}

	@Override
	public ReadScope current() {
		return this.callers.current().map(this::of).orElse(new ReadScope(EnumSet.of(Visibility.PUBLIC), Set.of()));
	}

	private ReadScope of(Caller caller) {
		if (caller.isAdmin()) {
			return new ReadScope(EnumSet.allOf(Visibility.class), Set.of());
		}
		EnumSet<Visibility> visible = EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS);
		if (caller.has(Role.FACILITATOR) || caller.has(Role.DECISION_MAKER)) {
			visible.add(Visibility.FACILITATORS);
		}
		return new ReadScope(visible, this.memberships.actorsOf(caller.subject()));
	}

}
