package org.maillage.taxonomy;

import org.maillage.database.ReferenceDataLoader;
import org.maillage.database.StartupStep;

import org.springframework.stereotype.Component;

/**
 * Loads NAF rev. 2 at start-up (only when the vendored file changed since the last load). The file lists parents
 * before children, so each batch can link to parents already written.
 */
@Component
class TradeReferenceData extends StartupStep {

	static final String NAF = "classpath:neo4j/reference/naf-rev2.tsv";

	private final ReferenceDataLoader loader;

	private final Trades trades;

	TradeReferenceData(ReferenceDataLoader loader, Trades trades) {
		super(REFERENCE_DATA);
		this.loader = loader;
		this.trades = trades;
	}

	@Override
	protected void perform() {
		this.loader.load(NAF, """
				UNWIND $rows AS row
				MERGE (t:Trade {code: row.code})
				SET t.label = row.label, t.level = row.level
				WITH t, row WHERE row.parent IS NOT NULL
				MATCH (parent:Trade {code: row.parent})
				MERGE (t)-[:BROADER]->(parent)""");
		this.trades.reloaded();
	}

}
