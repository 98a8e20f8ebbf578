package org.maillage.funding;

/**
 * @param text words of the call's name, financers or description
 * @param openOnly only calls still open (published, deadline not passed); true when null
 */
public record FundingCallFilter(String text, Boolean openOnly) {
}
