package org.maillage.matchmaking;

import java.util.Collection;
import java.util.List;

/**
 * Trades that serve households: shops, restaurants and cafés, garages and car washes, laundries, hairdressers and
 * other personal services, sports and leisure, doctors' and dentists' practices. An actor whose trades are all of
 * these and that meets none of a problem's needs is not listed on its words alone: the words it shares with the
 * problem are about its customers (a restaurant's « produits locaux », a car wash's « eaux de lavage », a dentist's
 * « recul des gencives » beside a receding dune), not about what it could do for a territorial problem
 * (docs/matchmaking.md, "What meets a need", rule 1). Nor is its interest in a topic the problem names: that too is
 * its customers' (an air purifier shop following « qualité de l'air intérieur » for radon in schools, a garden
 * centre following « alternatives à la tourbe », a crêperie the buckwheat chain). Meeting another need still lists
 * it: a shop of reused building materials asked for by name, or a bicycle hire for a mobility problem.
 * <p>
 * NAF prefixes (rev. 2): 45.2 maintenance and repair of motor vehicles, 47 retail trade, 56.1 restaurants,
 * 56.3 beverage serving, 93 sports, amusement and recreation, 96.0 other personal services but 96.01A, the
 * laundries that work for hospitals, hotels and firms, 86.21–86.23 general, specialist and dental practices (not
 * 86.9: medical laboratories, ambulances and other health services work for hospitals and territories too).
 */
final class HouseholdTrades {

	private static final List<String> PREFIXES = List.of("45.2", "47.", "56.1", "56.3", "93.", "96.01B", "96.02", "96.03",
			"96.04", "96.09", "86.21", "86.22", "86.23");

	private HouseholdTrades() {
	}

	/** The ranking's parameter: the NAF code prefixes of these trades. */
	static List<String> parameter() {
		return PREFIXES;
	}

	/** Whether an actor holding these trades serves households only: it holds at least one, and all are of these. */
	static boolean only(Collection<String> codes) {
		return !codes.isEmpty() && codes.stream().allMatch(code -> PREFIXES.stream().anyMatch(code::startsWith));
	}

}
