package org.maillage.matchmaking;

import java.util.Map;

/**
 * Trades that serve only their surroundings, and how far. A heat network takes and delivers heat through its own
 * pipes, and heat carried far loses itself on the way: a network 90 km from a glassworks cannot take its waste heat,
 * however exactly its trade (NAF 35.30Z) matches the need. Holding such a trade further than its reach from the
 * problem is a hint, as a neighbouring trade is, not a need met; its evidence says so (docs/matchmaking.md, "What
 * meets a need"). Know-how, equipment and topics are not bound this way: a far network's know-how about waste heat
 * still counts.
 * <p>
 * The reach is a round figure, not a physical limit: the longest lines carrying heat in Europe run a few tens of
 * kilometres, and most French networks serve one town.
 */
final class TradeReach {

	/** NAF codes (class and sub-class) and their reach in kilometres. */
	private static final Map<String, Integer> KM = Map.of("35.30", 50, "35.30Z", 50);

	private TradeReach() {
	}

	/** The ranking's parameter: each bound code and its reach. */
	static Map<String, Integer> parameter() {
		return KM;
	}

	/**
	 * Whether an actor holding this trade, this far from the problem, is beyond the trade's reach; false when either
	 * place is unknown or the trade is not bound.
	 */
	static boolean beyond(String code, Double distanceKm) {
		Integer reach = KM.get(code);
		return reach != null && distanceKm != null && distanceKm > reach;
	}

	/** The reach of a bound trade, in kilometres; null for any other. */
	static Integer of(String code) {
		return KM.get(code);
	}

}
