package org.maillage.funding;

import java.time.LocalDate;

/**
 * A call was published, through the API or created by an import (not on updates, nor on an import that only changed
 * it): published when the transaction that wrote it commits, for the watch to tell its subscribers.
 *
 * @param perimeterId the territory the call is open in, null for everywhere
 * @param deadline its submission deadline, null when it has none
 */
public record FundingCallPublished(String callId, String name, String perimeterId, LocalDate deadline,
		boolean imported) {
}
