package org.maillage.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.security.SystemCaller;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a territory written in the demo's JSON shape (demo/ecosystem.json) through the service's own registration
 * code, as the demo loader does, for tests that need a whole ecosystem (matchmaking scenarios).
 */
public final class EcosystemFixture {

	private EcosystemFixture() {
	}

	/** @return each actor's id by its key in the file */
	public static Map<String, String> load(ApplicationContext context, String resource) {
		// Tests run without the demo, so without its loader bean: a loader made for the occasion.
		DemoTerritoryLoader loader = context.getAutowireCapableBeanFactory().createBean(DemoTerritoryLoader.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		DemoEcosystem ecosystem = loader.read(resource, DemoEcosystem.class);
		Map<String, Actor> actors = SystemCaller.run(() -> transactions.execute(status -> loader.load(ecosystem)));
		Map<String, String> ids = new LinkedHashMap<>();
		actors.forEach((key, actor) -> ids.put(key, actor.id()));
		return ids;
	}

}
