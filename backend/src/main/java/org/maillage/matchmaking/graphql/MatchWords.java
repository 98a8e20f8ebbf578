package org.maillage.matchmaking.graphql;

import java.util.List;
import java.util.Locale;

import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.matchmaking.ActorMatch;
import org.maillage.matchmaking.ConglomerateProposals.ConglomerateProposal;
import org.maillage.matchmaking.ConglomerateProposals.ConversionCandidate;
import org.maillage.matchmaking.Evidence;
import org.maillage.matchmaking.ProblemMatch;
import org.maillage.matchmaking.SignalScore;
import org.maillage.matchmaking.WorkingGroupProposals.ProposedMember;
import org.maillage.matchmaking.WorkingGroupProposals.WorkingGroupProposal;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Matchmaking's words in the reader's language (the request's {@code Accept-Language}: French by default, English
 * on {@code en}): every reason, piece of evidence, explanation, warning and method comes from the catalogue. Sentences
 * start with a capital, whatever the value that opens them.
 */
@Controller
class MatchWords {

	private final Messages messages;

	MatchWords(Messages messages) {
		this.messages = messages;
	}

	@SchemaMapping(typeName = "SignalScore", field = "reason")
	String reason(SignalScore score, Locale locale) {
		return this.messages.render(score.reason(), locale);
	}

	@SchemaMapping(typeName = "Evidence", field = "detail")
	String detail(Evidence evidence, Locale locale) {
		return this.messages.render(evidence.detail(), locale);
	}

	@SchemaMapping(typeName = "ActorMatch", field = "explanation")
	List<String> explanation(ActorMatch match, Locale locale) {
		return sentences(match.explanation(), locale);
	}

	@SchemaMapping(typeName = "ProblemMatch", field = "explanation")
	List<String> helpExplanation(ProblemMatch match, Locale locale) {
		return sentences(match.explanation(), locale);
	}

	@SchemaMapping(typeName = "ProposedMember", field = "reasons")
	List<String> memberReasons(ProposedMember member, Locale locale) {
		return sentences(member.reasons(), locale);
	}

	@SchemaMapping(typeName = "WorkingGroupProposal", field = "warnings")
	List<String> warnings(WorkingGroupProposal proposal, Locale locale) {
		return sentences(proposal.warnings(), locale);
	}

	@SchemaMapping(typeName = "WorkingGroupProposal", field = "method")
	String workingGroupMethod(WorkingGroupProposal proposal, Locale locale) {
		return this.messages.render(proposal.method(), locale);
	}

	@SchemaMapping(typeName = "ConglomerateProposal", field = "method")
	String conglomerateMethod(ConglomerateProposal proposal, Locale locale) {
		return this.messages.render(proposal.method(), locale);
	}

	@SchemaMapping(typeName = "ConversionCandidate", field = "reasons")
	List<String> conversionReasons(ConversionCandidate candidate, Locale locale) {
		return sentences(candidate.reasons(), locale);
	}

	private List<String> sentences(List<Message> messages, Locale locale) {
		return messages.stream().map(message -> capitalised(this.messages.render(message, locale))).toList();
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
