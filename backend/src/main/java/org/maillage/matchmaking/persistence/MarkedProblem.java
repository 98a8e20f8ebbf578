package org.maillage.matchmaking.persistence;

import java.util.Map;

/**
 * A problem facilitators marked matches of, with each marked actor's balance: marks for it minus marks against it.
 * Positive means relevant, negative rejected, zero undecided.
 */
public record MarkedProblem(String problemId, String title, Map<String, Long> balances) {
}
