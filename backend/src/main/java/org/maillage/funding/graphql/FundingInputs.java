package org.maillage.funding.graphql;

import org.maillage.funding.FundingCallDetails;

/** The funding mutations' inputs, one per mutation. */
final class FundingInputs {

	private FundingInputs() {
	}

	record PublishFundingCallInput(FundingCallDetails details) {
	}

	record UpdateFundingCallInput(String id, long version, FundingCallDetails details) {
	}

	record WithdrawFundingCallInput(String id, long version) {
	}

	record ImportFundingCallsInput(String json, String path, Boolean dryRun) {
	}

}
