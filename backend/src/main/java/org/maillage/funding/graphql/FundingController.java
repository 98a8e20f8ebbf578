package org.maillage.funding.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.actor.ActorKind;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.InvalidInputException;
import org.maillage.core.Messages;
import org.maillage.core.PageRequest;
import org.maillage.funding.FundingCall;
import org.maillage.funding.FundingCallFilter;
import org.maillage.funding.FundingCalls;
import org.maillage.funding.FundingExplanation;
import org.maillage.funding.FundingImportReport;
import org.maillage.funding.FundingMatch;
import org.maillage.funding.graphql.FundingInputs.ImportFundingCallsInput;
import org.maillage.funding.graphql.FundingInputs.PublishFundingCallInput;
import org.maillage.funding.graphql.FundingInputs.UpdateFundingCallInput;
import org.maillage.funding.graphql.FundingInputs.WithdrawFundingCallInput;
import org.maillage.funding.graphql.FundingPayloads.ImportFundingCallsPayload;
import org.maillage.funding.graphql.FundingPayloads.PublishFundingCallPayload;
import org.maillage.funding.graphql.FundingPayloads.UpdateFundingCallPayload;
import org.maillage.funding.graphql.FundingPayloads.WithdrawFundingCallPayload;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Funding calls: the queries, the ranking and the mutations; who may write is checked by {@link FundingCalls}.
 * Perimeters are batch-loaded, one query per page; explanations and rejections are worded in the reader's language.
 */
@Controller
class FundingController {

	private final FundingCalls calls;

	private final Territories territories;

	private final Messages messages;

	FundingController(FundingCalls calls, Territories territories, Messages messages) {
		this.calls = calls;
		this.territories = territories;
		this.messages = messages;
	}

	@QueryMapping
	Connection<FundingCall> fundingCalls(@Argument FundingCallFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.calls.search(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	FundingCall fundingCall(@Argument String id) {
		return this.calls.find(id).orElse(null);
	}

	@QueryMapping
	Connection<FundingMatch> fundingFor(@Argument String problem, @Argument String workingGroup,
			@Argument Integer first, @Argument String after) {
		boolean forProblem = problem != null && !problem.isBlank();
		boolean forGroup = workingGroup != null && !workingGroup.isBlank();
		if (forProblem == forGroup) {
			throw InvalidInputException.of("problem", "funding.for.oneOf");
		}
		PageRequest page = PageRequest.of(first, after);
		return forProblem ? this.calls.forProblem(problem, page) : this.calls.forGroup(workingGroup, page);
	}

	@QueryMapping
	Connection<FundingCall> fundingDeadlines(@Argument Integer within, @Argument Integer first,
			@Argument String after) {
		return this.calls.closingWithin(within, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "FundingCall")
	boolean open(FundingCall call) {
		return this.calls.isOpen(call);
	}

	@SchemaMapping(typeName = "FundingCall")
	Integer daysLeft(FundingCall call) {
		return this.calls.daysLeft(call);
	}

	@SchemaMapping(typeName = "FundingCall")
	boolean closingSoon(FundingCall call) {
		return this.calls.closingSoon(call);
	}

	@SchemaMapping(typeName = "FundingCall")
	List<ActorKind> actorKinds(FundingCall call) {
		return this.calls.actorKinds(call);
	}

	@BatchMapping(typeName = "FundingCall", field = "perimeter")
	Map<FundingCall, Territory> perimeter(List<FundingCall> calls) {
		List<FundingCall> bounded = calls.stream().filter(call -> call.perimeterId() != null).toList();
		return BatchResults.byKey(bounded, FundingCall::perimeterId,
				this.territories.byIds(BatchResults.keys(bounded, FundingCall::perimeterId)), null);
	}

	@SchemaMapping(typeName = "FundingCall")
	String opensOn(FundingCall call) {
		return call.opensOn() == null ? null : call.opensOn().toString();
	}

	@SchemaMapping(typeName = "FundingCall")
	String deadline(FundingCall call) {
		return call.deadline() == null ? null : call.deadline().toString();
	}

	@SchemaMapping(typeName = "FundingCall")
	String createdAt(FundingCall call) {
		return call.createdAt().toString();
	}

	@SchemaMapping(typeName = "FundingCall")
	String updatedAt(FundingCall call) {
		return call.updatedAt().toString();
	}

	@SchemaMapping(typeName = "FundingExplanation", field = "text")
	String text(FundingExplanation explanation, Locale locale) {
		return capitalised(this.messages.render(explanation.text(), locale));
	}

	@SchemaMapping(typeName = "FundingImportRejection", field = "reason")
	String reason(FundingImportReport.Rejection rejection, Locale locale) {
		// as other input errors, it opens with the field's name, as the client spells it
		return this.messages.render(rejection.reason(), locale);
	}

	@MutationMapping
	PublishFundingCallPayload publishFundingCall(@Argument PublishFundingCallInput input) {
		return new PublishFundingCallPayload(this.calls.publish(input.details()));
	}

	@MutationMapping
	UpdateFundingCallPayload updateFundingCall(@Argument UpdateFundingCallInput input) {
		return new UpdateFundingCallPayload(this.calls.update(input.id(), input.version(), input.details()));
	}

	@MutationMapping
	WithdrawFundingCallPayload withdrawFundingCall(@Argument WithdrawFundingCallInput input) {
		return new WithdrawFundingCallPayload(this.calls.withdraw(input.id(), input.version()));
	}

	@MutationMapping
	ImportFundingCallsPayload importFundingCalls(@Argument ImportFundingCallsInput input) {
		return ImportFundingCallsPayload.of(this.calls.importCalls(input.json(), input.path(),
				Boolean.TRUE.equals(input.dryRun())));
	}

	private static String capitalised(String sentence) {
		return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
