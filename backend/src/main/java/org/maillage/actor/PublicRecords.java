package org.maillage.actor;

import java.util.List;
import java.util.Map;

import org.maillage.actor.persistence.PublicRecordQueries;

import org.springframework.stereotype.Service;

/**
 * The directory's profiles from public registers, for bulk imports: what saving records would change, and saving
 * them. The caller checks each record first (a valid SIRET, a known commune and NAF subclass) and holds the
 * transaction, so that an import's progress commits with what it wrote.
 */
@Service
public class PublicRecords {

	private final PublicRecordQueries queries;

	PublicRecords(PublicRecordQueries queries) {
		this.queries = queries;
	}

	/** What saving each record would change, by SIRET, without changing anything. */
	public Map<String, RecordChange> compare(List<PublicRecord> records) {
		return this.queries.compare(records);
	}

	/** Saves the records that change something; returns what each did, by SIRET. */
	public Map<String, RecordChange> save(List<PublicRecord> records) {
		Map<String, RecordChange> changes = compare(records);
		this.queries.save(records.stream().filter(record -> changes.get(record.siret()) != RecordChange.UNCHANGED).toList());
		return changes;
	}

}
