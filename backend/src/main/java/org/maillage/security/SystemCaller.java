package org.maillage.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs work as the service itself ({@link Caller#SYSTEM}), with the rights of an administrator. */
public final class SystemCaller {

	private SystemCaller() {
	}

	public static <T> T run(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(new SystemAuthentication());
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static final class SystemAuthentication extends AbstractAuthenticationToken {

		SystemAuthentication() {
			super(List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return Caller.SYSTEM.subject();
		}

	}

}
