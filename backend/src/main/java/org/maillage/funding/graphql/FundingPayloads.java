package org.maillage.funding.graphql;

import java.util.List;

import org.maillage.core.Audited;
import org.maillage.funding.FundingCall;
import org.maillage.funding.FundingImportReport;

/** The funding mutations' payloads, each filed in the audit trail under the call, or the registry for an import. */
final class FundingPayloads {

	/** What an import is filed under in the audit trail. */
	static final String REGISTRY = "funding-calls";

	private FundingPayloads() {
	}

	record PublishFundingCallPayload(FundingCall fundingCall) implements Audited {

		@Override
		public String auditTarget() {
			return this.fundingCall.id();
		}

	}

	record UpdateFundingCallPayload(FundingCall fundingCall) implements Audited {

		@Override
		public String auditTarget() {
			return this.fundingCall.id();
		}

	}

	record WithdrawFundingCallPayload(FundingCall fundingCall) implements Audited {

		@Override
		public String auditTarget() {
			return this.fundingCall.id();
		}

	}

	record ImportFundingCallsPayload(boolean dryRun, int created, int updated, int unchanged, int skipped,
			List<FundingImportReport.Rejection> rejections) implements Audited {

		static ImportFundingCallsPayload of(FundingImportReport report) {
			return new ImportFundingCallsPayload(report.dryRun(), report.created(), report.updated(),
					report.unchanged(), report.skipped(), report.rejections());
		}

		@Override
		public String auditTarget() {
			return REGISTRY;
		}

	}

}
