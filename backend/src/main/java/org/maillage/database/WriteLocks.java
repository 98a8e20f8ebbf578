package org.maillage.database;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises the writes that concern one node. Neo4j reads at read-committed isolation, so two transactions that
 * each check a rule ("fewer than 100 items", "another owner remains", "the invitation is pending") and then write
 * can both pass the check. Taking the node's write lock first, before reading anything the rule depends on, makes
 * them run one after the other, each reading what the other committed: the pattern of Neo4j's manual (Concurrent
 * data access, "Lost updates"), a property set and removed in the same statement, which leaves no trace but the
 * lock, held until the transaction ends.
 * <p>
 * The label is a constant of the calling feature's code, never input; the id travels as a parameter. Locks on
 * several nodes are taken in id order, so that two transactions locking overlapping sets cannot deadlock.
 */
@Component
public class WriteLocks {

	private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");

	private final Neo4jClient neo4j;

	WriteLocks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Takes the write lock of the node with this label and id, for the rest of the current transaction.
	 * @return false when there is no such node (it never existed, or was deleted before the lock was granted)
	 */
	public boolean lock(String label, String id) {
		return !lock(label, List.of(id)).isEmpty();
	}

	/** Takes the write locks of these nodes, in id order; returns the ids of those that exist. */
	public Set<String> lock(String label, Collection<String> ids) {
		if (!LABEL.matcher(label).matches()) {
			throw new IllegalArgumentException("Not a label: " + label);
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A write lock lasts as long as its transaction: take it inside one");
		}
		return Set.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (n:%s {id: id})
				SET n._LOCK_ = true
				REMOVE n._LOCK_
				RETURN n.id""".formatted(label))
			.bindAll(Map.of("ids", ids.stream().distinct().sorted().toList()))
			.fetchAs(String.class)
			.all());
	}

}
