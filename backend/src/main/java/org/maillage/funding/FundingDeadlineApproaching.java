package org.maillage.funding;

import java.time.LocalDate;

/**
 * A published call's deadline is {@code maillage.funding.closing-soon-days} away or less: published once per deadline
 * (again if the deadline moves), when the transaction that marked it commits, for the watch to warn its subscribers.
 *
 * @param perimeterId the territory the call is open in, null for everywhere
 */
public record FundingDeadlineApproaching(String callId, String name, String perimeterId, LocalDate deadline) {
}
