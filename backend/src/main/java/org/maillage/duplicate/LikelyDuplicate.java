package org.maillage.duplicate;

import java.util.List;

import org.maillage.core.Message;

/**
 * Two actors that look like one.
 *
 * @param firstId one of them (the first by name)
 * @param secondId the other
 * @param score how alike they are, from 0 to 1
 * @param reasons why they look like one actor, from the message catalogue
 */
public record LikelyDuplicate(String firstId, String secondId, double score, List<Message> reasons) {
}
