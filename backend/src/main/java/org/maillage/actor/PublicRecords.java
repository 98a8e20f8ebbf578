package org.maillage.actor;

import java.util.List;
import java.util.Map;

import org.maillage.actor.persistence.DirectoryEntries;
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

	private final DirectoryEntries entries;

	PublicRecords(PublicRecordQueries queries, DirectoryEntries entries) {
		this.queries = queries;
		this.entries = entries;
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

	/**
	 * Follows succession links: the predecessor's actor takes the successor's SIRET, keeping its profile, owners and
	 * items, and keeps the old SIRET among its previous ones. With {@code dryRun}, only says what each link would do:
	 * UPDATE (followed), UNCHANGED (no actor has the predecessor's SIRET), CONFLICT (both have an actor: the
	 * predecessor's SIRET is then noted among the successor's previous ones, which makes the pair a likely duplicate
	 * for facilitators to merge).
	 */
	public Map<Succession, RecordChange> follow(List<Succession> links, boolean dryRun) {
		Map<Succession, RecordChange> changes = this.queries.compareSuccessions(links);
		if (!dryRun) {
			this.queries.follow(links.stream().filter(link -> changes.get(link) == RecordChange.UPDATE).toList());
			this.queries.notePredecessors(
					links.stream().filter(link -> changes.get(link) == RecordChange.CONFLICT).toList());
		}
		return changes;
	}

	/**
	 * Ends an actor's life as a public record once a person became its owner: from then on its owners answer for its
	 * name, trade and commune, and imports only tell it closed or its headcount. The claimant vouches for it: it is
	 * confirmed now ({@code confirmedAt}). Returns false if it does not exist.
	 */
	public boolean claimed(String actorId) {
		if (!this.queries.claimed(actorId)) {
			return false;
		}
		this.entries.confirmed(actorId);
		return true;
	}

}
