package org.maillage.actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.maillage.actor.persistence.DirectoryEntries;
import org.maillage.actor.persistence.PublicRecordQueries;
import org.maillage.core.Visibility;
import org.maillage.security.SystemCaller;

import org.springframework.stereotype.Service;

/**
 * The directory's profiles from public registers, for bulk imports: what saving records would change, and saving
 * them. The caller checks each record first (a valid SIRET, a known commune and NAF subclass) and holds the
 * transaction, so that an import's progress commits with what it wrote.
 */
@Service
public class PublicRecords {

	private final PublicRecordQueries queries;

	private final ActorItems items;

	private final DirectoryEntries entries;

	PublicRecords(PublicRecordQueries queries, ActorItems items, DirectoryEntries entries) {
		this.queries = queries;
		this.items = items;
		this.entries = entries;
	}

	/** What saving each record would change, by its key ({@link PublicRecord#key}), without changing anything. */
	public Map<String, RecordChange> compare(List<PublicRecord> records) {
		return this.queries.compare(records);
	}

	/**
	 * Saves the records that change something; returns what each did, by key. The know-how a record lists is shared
	 * publicly by the actor its import creates, added as the service itself with the same rules as anyone's; an
	 * existing actor's know-how is its owners' business, and stays as it is.
	 */
	public Map<String, RecordChange> save(List<PublicRecord> records) {
		Map<String, RecordChange> changes = compare(records);
		this.queries.save(records.stream().filter(record -> changes.get(record.key()) != RecordChange.UNCHANGED).toList());
		List<PublicRecord> created = records.stream()
			.filter(record -> changes.get(record.key()) == RecordChange.CREATE && !record.knowHow().isEmpty())
			.toList();
		if (!created.isEmpty()) {
			Map<String, String> ids = this.queries.actorIds(created);
			SystemCaller.run(() -> {
				created.forEach(record -> record.knowHow()
					.forEach(name -> this.items.addKnowHow(ids.get(record.key()),
							new KnowHowDetails(name, null, Visibility.PUBLIC))));
				return null;
			});
		}
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

	/** What saving each legal unit would change, by SIREN, without changing anything. */
	public Map<String, RecordChange> compareLegalUnits(List<LegalUnit> units) {
		return this.queries.compareLegalUnits(units);
	}

	/** Keeps these legal units, for the establishments imported later; returns what each did, by SIREN. */
	public Map<String, RecordChange> saveLegalUnits(List<LegalUnit> units) {
		Map<String, RecordChange> changes = compareLegalUnits(units);
		this.queries.saveLegalUnits(units.stream().filter(unit -> changes.get(unit.siren()) != RecordChange.UNCHANGED).toList());
		return changes;
	}

	/** The legal units known of these SIRENs, by SIREN. */
	public Map<String, LegalUnit> legalUnits(Collection<String> sirens) {
		return sirens.isEmpty() ? Map.of() : this.queries.legalUnits(sirens);
	}

	/** The unclaimed public-record profiles of these legal units' establishments. */
	public List<UnclaimedEstablishment> unclaimedOf(Collection<String> sirens) {
		return sirens.isEmpty() ? List.of() : this.queries.unclaimedOf(sirens);
	}

	/** Gives unclaimed profiles the kind, sector and name their legal unit implies. */
	public void reclassify(Map<String, ActorKind> kinds, Map<String, Sector> sectors, Map<String, String> names) {
		this.queries.reclassify(kinds.keySet().stream().map(id -> Map.<String, Object>of("actorId", id, "kind",
				kinds.get(id).name(), "sector", sectors.get(id).name(), "name", names.get(id))).toList());
	}

}
