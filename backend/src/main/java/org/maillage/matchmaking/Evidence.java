package org.maillage.matchmaking;

import java.util.List;

import org.maillage.core.Message;

/**
 * An item or fact of an actor's profile that meets a need.
 *
 * @param itemId the know-how or equipment item, null for a trade, topic or description
 * @param label what it is: a trade's code and label, an item's name, a topic's name
 * @param detail why it counts, in words of the catalogue
 * @param direct whether it is exactly what the need asks for (a trade within the needed one, equipment of the needed
 * category, the topic itself), rather than something related (a neighbouring trade, words in common)
 * @param matchedWords for a text match, the words sought that the item uses; empty otherwise
 * @param field for a text match, where they are: its name or its description
 */
public record Evidence(EvidenceKind kind, String itemId, String label, Message detail, boolean direct,
		List<String> matchedWords, EvidenceField field) {
}
