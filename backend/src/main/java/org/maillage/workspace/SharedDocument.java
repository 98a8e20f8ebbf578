package org.maillage.workspace;

import java.time.Instant;

/**
 * A document shared in a group, as a link: the document itself stays where it is.
 *
 * @param url an http or https address
 * @param sharedBy the username of who shared it
 */
public record SharedDocument(String id, String groupId, String title, String url, String sharedBy,
		Instant sharedAt) {
}
