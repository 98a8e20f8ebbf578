package org.maillage.observatory;

import java.util.List;

import org.maillage.core.Message;
import org.maillage.territory.Territory;

/**
 * The collaboration network of a territory (docs/observatory.md, "The collaboration network").
 *
 * @param actors the territory's actors
 * @param connected those with at least one link
 * @param brokersComputed false when the network was too large for betweenness (its limit is in the docs)
 */
public record NetworkInsight(Territory territory, int actors, int connected, int links, boolean brokersComputed,
		List<Broker> brokers, List<Community> communities, int isolatedCount, List<ActorRef> isolated,
		List<Bridge> bridges, List<ActorRef> cutActors, Message method) {

	public record ActorRef(String id, String name) {
	}

	/**
	 * @param betweenness normalised betweenness centrality, from 0 to 1
	 * @param communities how many communities its links reach, its own included
	 */
	public record Broker(ActorRef actor, double betweenness, int communities) {
	}

	/** @param members its first members, by name (at most 10) */
	public record Community(int size, List<ActorRef> members, List<String> sharing) {
	}

	/** A link whose loss would split the network, and what it is made of. */
	public record Bridge(ActorRef from, ActorRef to, List<String> via) {
	}

}
