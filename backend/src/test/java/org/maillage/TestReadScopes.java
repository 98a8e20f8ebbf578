package org.maillage;

import java.util.EnumSet;
import java.util.Set;

import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.Visibility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Lets a test read as a caller who sees only some visibility levels, until sign-in provides real callers. Tests
 * run one at a time, so one shared setting is enough; every test that narrows it restores it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestReadScopes {

	private static volatile ReadScope current = ReadScope.everything();

	public static void readAs(Set<Visibility> visible) {
		current = new ReadScope(visible.isEmpty() ? EnumSet.noneOf(Visibility.class) : EnumSet.copyOf(visible));
	}

	public static void reset() {
		current = ReadScope.everything();
	}

	@Bean
	@Primary
	ReadScopes testReadScopes() {
		return () -> current;
	}

}
