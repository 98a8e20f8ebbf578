package org.maillage.funding;

import java.util.List;

import org.maillage.core.Message;

/**
 * What an import did, or would do in a dry run: the same checks either way.
 *
 * @param skipped the entries rejected, each in {@link #rejections} with its reason
 */
public record FundingImportReport(boolean dryRun, int created, int updated, int unchanged, int skipped,
		List<Rejection> rejections) {

	/**
	 * @param index the entry's position in the array, from 0
	 * @param sourceId its {@code id} (or {@code slug}), when it has one
	 */
	public record Rejection(int index, String sourceId, Message reason) {
	}

}
