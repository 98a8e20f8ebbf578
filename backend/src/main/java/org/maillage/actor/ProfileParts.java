package org.maillage.actor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.taxonomy.Trade;

/**
 * Lists of several actors' profiles, by actor id, as the caller may see them. An actor with nothing visible in a part
 * has no entry in it; a part that was not asked for is empty.
 *
 * @param parts the parts that were loaded
 */
public record ProfileParts(Set<ProfilePart> parts, Map<String, List<Trade>> coreTrades,
		Map<String, List<KnowHow>> knowHow, Map<String, List<Equipment>> equipment,
		Map<String, List<TopicInterest>> topics, Map<String, List<Problem>> problems,
		Map<String, List<ContactPoint>> contactPoints) {
}
