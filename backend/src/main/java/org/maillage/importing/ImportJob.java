package org.maillage.importing;

import java.util.List;

import org.maillage.core.Message;

/**
 * An import as its operator follows it.
 *
 * @param file the file's path, as given
 * @param rowsRead the lines read so far, header excluded
 * @param created actors created (would be, in a dry run)
 * @param updated actors brought in line with the file
 * @param unchanged actors that already said what the file says
 * @param skipped lines rejected, each with its reason ({@link ImportJobs#rejections})
 * @param rowsPerSecond the pace of the last batch
 * @param etaSeconds the time left at that pace, estimated from the part of the file read; null when unknown
 * @param error why the job failed, or null
 * @param createdAt when it was asked for (ISO 8601), as {@code startedAt} and {@code finishedAt}
 */
public record ImportJob(String id, String format, String file, boolean dryRun, String status, long rowsRead,
		long created, long updated, long unchanged, long skipped, Double rowsPerSecond, Long etaSeconds, Message error,
		String createdBy, String createdAt, String startedAt, String finishedAt) {

	/** One rejected line: its number in the file (the header is line 1) and why. */
	public record Rejection(long line, Message reason, List<String> values) {
	}

}
