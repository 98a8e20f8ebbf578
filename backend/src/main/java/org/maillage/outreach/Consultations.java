package org.maillage.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.maillage.actor.ConsentedContact;
import org.maillage.actor.ContactKind;
import org.maillage.core.ConflictException;
import org.maillage.core.Connection;
import org.maillage.core.InputValidator;
import org.maillage.core.InvalidInputException;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.core.Total;
import org.maillage.database.WriteLocks;
import org.maillage.outreach.persistence.OutreachGraph;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Membership;
import org.maillage.security.MembershipRole;
import org.maillage.security.Memberships;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations: a decision-maker or facilitator sends a short questionnaire to a segment; it reaches only the actors
 * with a contact point that consents to be contacted (and that the sender may see), whose consenting e-mail addresses
 * get a notification; each reached actor's owners see it on {@code me} and answer once for their actor, before it
 * closes. The sender (and administrators) read the results, added up per question and per département.
 */
@Service
@Transactional
public class Consultations {

	/** The lock taken on a consultation before an answer is checked and written. */
	private static final String CONSULTATION = "Consultation";

	/** Consultations close at most this far ahead. */
	static final Duration LONGEST = Duration.ofDays(366);

	/** Where a closing date given as a day ends: French users mean the end of that day in France. */
	static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private final OutreachGraph graph;

	private final Segments segments;

	private final Reachers reachers;

	private final Callers callers;

	private final Memberships memberships;

	private final WriteLocks locks;

	private final InputValidator validator;

	private final ConsultationMails mails;

	private final JsonMapper json;

	private final Clock clock;

	Consultations(OutreachGraph graph, Segments segments, Reachers reachers, Callers callers, Memberships memberships,
			WriteLocks locks, InputValidator validator, ConsultationMails mails, JsonMapper json) {
		this.graph = graph;
		this.segments = segments;
		this.reachers = reachers;
		this.callers = callers;
		this.memberships = memberships;
		this.locks = locks;
		this.validator = validator;
		this.mails = mails;
		this.json = json;
		this.clock = Clock.systemUTC();
	}

	public Consultation send(ConsultationDetails details) {
		Caller caller = this.reachers.require("sendConsultation");
		this.validator.check(details);
		for (int i = 0; i < details.questions().size(); i++) {
			checkQuestion(i, details.questions().get(i));
		}
		Instant closesAt = closing(details.closesAt());
		Segment segment = this.segments.mine(details.segmentId(), "sendConsultation");
		List<ConsentedContact> contacts = this.segments.consentedContacts(segment);
		Set<String> reached = new LinkedHashSet<>();
		contacts.forEach(contact -> reached.add(contact.actorId()));
		if (reached.isEmpty()) {
			throw InvalidInputException.of("segmentId", "consultation.nobody", segment.name());
		}
		String id = UUID.randomUUID().toString();
		Map<String, Object> consultation = new java.util.HashMap<>();
		consultation.put("id", id);
		consultation.put("title", details.title().strip());
		consultation.put("introduction", details.introduction());
		consultation.put("questions", this.json.writeValueAsString(details.questions()));
		consultation.put("closesAt", closesAt.toString());
		consultation.put("senderId", caller.subject());
		consultation.put("senderName", caller.username());
		consultation.put("segmentId", segment.id());
		consultation.put("segmentName", segment.name());
		this.graph.createConsultation(consultation, reached);
		Consultation sent = find(id);
		this.mails.announce(sent,
				contacts.stream().filter(contact -> contact.kind() == ContactKind.EMAIL).toList());
		return sent;
	}

	/**
	 * An owner answers for its actor, once, while the consultation is open. The consultation's lock is taken first,
	 * so that two owners answering at once are one after the other: the second is told it is already answered.
	 */
	public ReceivedConsultation answer(String consultationId, String actorId, List<Answer> answers) {
		Caller caller = this.callers.requireSignedIn("answerConsultation");
		this.memberships.requireOwner(caller, actorId);
		if (!this.locks.lock(CONSULTATION, consultationId) || !this.graph.reaches(consultationId, actorId)) {
			throw new NotFoundException("consultation", consultationId);
		}
		Consultation consultation = find(consultationId);
		if (!consultation.open(this.clock.instant())) {
			throw InvalidInputException.of("consultationId", "consultation.closed", consultation.title(),
					consultation.closesAt().toString());
		}
		if (this.graph.answered(consultationId, actorId)) {
			throw ConflictException.of("consultation.answered", consultation.title(), actorId);
		}
		checkAnswers(consultation.questions(), answers);
		this.graph.createAnswer(UUID.randomUUID().toString(), consultationId, actorId,
				this.json.writeValueAsString(answers), caller.subject());
		return new ReceivedConsultation(find(consultationId), actorId, this.clock.instant());
	}

	/**
	 * A consultation, for its sender, an administrator, or an owner of an actor it reaches; NOT_FOUND for anyone
	 * else.
	 */
	@Transactional(readOnly = true)
	public Consultation get(String id) {
		Caller caller = this.callers.requireSignedIn("seeConsultation");
		Consultation consultation = this.graph.consultation(id).map(this::consultation)
			.orElseThrow(() -> new NotFoundException("consultation", id));
		if (mayReadResults(caller, consultation) || !this.graph.reachedAmong(id, ownedActors()).isEmpty()) {
			return consultation;
		}
		throw new NotFoundException("consultation", id);
	}

	/** Whether the caller sent it, or administers the service. */
	public boolean mayReadResults(Consultation consultation) {
		return this.callers.current().map(caller -> mayReadResults(caller, consultation)).orElse(false);
	}

	private static boolean mayReadResults(Caller caller, Consultation consultation) {
		return caller.subject().equals(consultation.senderId()) || caller.isAdmin();
	}

	/** The consultations the caller sent (every one, for an administrator), the newest first. */
	@Transactional(readOnly = true)
	public Connection<Consultation> sent(PageRequest page) {
		Caller caller = this.reachers.require("seeConsultations");
		String sender = caller.isAdmin() ? null : caller.subject();
		List<Consultation> found = this.graph.consultationsSentBy(sender, page.offset(), page.lookAhead())
			.stream()
			.map(this::consultation)
			.toList();
		return Connection.lookingAhead(found, page, () -> Total.exactly(this.graph.countSentBy(sender)));
	}

	/** The consultations reaching the actors the caller owns, the newest first, one entry per actor. */
	@Transactional(readOnly = true)
	public Connection<ReceivedConsultation> received(PageRequest page) {
		Caller caller = this.callers.requireSignedIn("seeConsultations");
		Set<String> owned = ownedActors();
		if (owned.isEmpty()) {
			return Connection.of(List.of(), page, 0);
		}
		List<ReceivedConsultation> found = this.graph.received(owned, page.offset(), page.lookAhead())
			.stream()
			.map(row -> new ReceivedConsultation(consultation(row), (String) row.get("actorId"),
					OutreachGraph.instant(row.get("answeredAt"))))
			.toList();
		return Connection.lookingAhead(found, page, () -> Total.exactly(this.graph.countReceived(owned)));
	}

	/** Each answer's choices and text, for the results: rows of answers by question, with the département. */
	@Transactional(readOnly = true)
	public List<AnswerSheet> answerSheets(String consultationId) {
		List<AnswerSheet> sheets = new ArrayList<>();
		this.graph.answers(consultationId)
			.forEach(row -> sheets.add(new AnswerSheet((String) row.get("departement"),
					this.json.readValue((String) row.get("answers"), new TypeReference<List<Answer>>() {
					}))));
		return sheets;
	}

	@Transactional(readOnly = true)
	public Map<String, Long> reachedByDepartement(String consultationId) {
		return this.graph.reachedByDepartement(consultationId);
	}

	/** One actor's answers, with where the actor was when it answered. */
	public record AnswerSheet(String departement, List<Answer> answers) {
	}

	private Set<String> ownedActors() {
		Set<String> owned = new HashSet<>();
		for (Membership membership : this.memberships.mine()) {
			if (membership.role() == MembershipRole.OWNER) {
				owned.add(membership.actorId());
			}
		}
		return owned;
	}

	private Consultation find(String id) {
		return this.graph.consultation(id).map(this::consultation)
			.orElseThrow(() -> new NotFoundException("consultation", id));
	}

	private Consultation consultation(Map<String, Object> row) {
		return new Consultation((String) row.get("id"), (String) row.get("title"), (String) row.get("introduction"),
				this.json.readValue((String) row.get("questions"), new TypeReference<List<Question>>() {
				}), OutreachGraph.instant(row.get("closesAt")), OutreachGraph.instant(row.get("createdAt")),
				(String) row.get("senderId"), (String) row.get("senderName"), (String) row.get("segmentName"),
				((Number) row.get("reached")).longValue(), ((Number) row.get("answered")).longValue());
	}

	/** A choice question has 2 to 20 distinct choices; a free-text one none. */
	private static void checkQuestion(int index, Question question) {
		String field = "questions[" + index + "]";
		if (question.kind() == QuestionKind.FREE_TEXT) {
			if (!question.choices().isEmpty()) {
				throw InvalidInputException.of(field, "consultation.question.noChoices");
			}
			return;
		}
		if (question.choices().size() < 2 || new HashSet<>(question.choices()).size() != question.choices().size()) {
			throw InvalidInputException.of(field, "consultation.question.choices", 2, 20);
		}
	}

	/** An instant, or a day (closing at the end of that day in France), in the future and within a year. */
	private Instant closing(String closesAt) {
		Instant closing;
		try {
			closing = closesAt.length() == 10 ? LocalDate.parse(closesAt).plusDays(1).atStartOfDay(FRANCE).toInstant()
					: Instant.parse(closesAt);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("closesAt", "consultation.closesAt.format", closesAt);
		}
		Instant now = this.clock.instant();
		if (!closing.isAfter(now) || closing.isAfter(now.plus(LONGEST))) {
			throw InvalidInputException.of("closesAt", "consultation.closesAt.range", closesAt);
		}
		return closing;
	}

	/**
	 * At least one answer; each to an existing question, at most once; one choice among a SINGLE_CHOICE question's,
	 * one or more distinct among a MULTIPLE_CHOICE's, a non-blank text for a FREE_TEXT.
	 */
	private void checkAnswers(List<Question> questions, List<Answer> answers) {
		if (answers == null || answers.isEmpty()) {
			throw InvalidInputException.of("answers", "validation.NotEmpty");
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			this.validator.check(answer);
			String field = "answers[" + i + "]";
			if (answer.question() < 0 || answer.question() >= questions.size()) {
				throw InvalidInputException.of(field, "consultation.answer.question", answer.question(),
						questions.size() - 1);
			}
			if (!seen.add(answer.question())) {
				throw InvalidInputException.of(field, "consultation.answer.twice", answer.question());
			}
			Question question = questions.get(answer.question());
			boolean valid = switch (question.kind()) {
				case SINGLE_CHOICE -> answer.choices().size() == 1 && question.choices().containsAll(answer.choices())
						&& answer.text() == null;
				case MULTIPLE_CHOICE -> !answer.choices().isEmpty()
						&& new HashSet<>(answer.choices()).size() == answer.choices().size()
						&& question.choices().containsAll(answer.choices()) && answer.text() == null;
				case FREE_TEXT -> answer.choices().isEmpty() && answer.text() != null && !answer.text().isBlank();
			};
			if (!valid) {
				throw InvalidInputException.of(field, "consultation.answer." + question.kind().name(),
						answer.question(), String.join(" | ", question.choices()));
			}
		}
	}

}
