package org.maillage.outreach.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDirectory;
import org.maillage.actor.ActorFilter;
import org.maillage.actor.ConsentedContact;
import org.maillage.core.Audited;
import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.core.ServiceAddress;
import org.maillage.core.Total;
import org.maillage.outreach.Answer;
import org.maillage.outreach.Consultation;
import org.maillage.outreach.ConsultationDetails;
import org.maillage.outreach.ConsultationResults;
import org.maillage.outreach.ConsultationResults.QuestionResult;
import org.maillage.outreach.ConsultationTally;
import org.maillage.outreach.Consultations;
import org.maillage.outreach.Question;
import org.maillage.outreach.QuestionKind;
import org.maillage.outreach.ReceivedConsultation;
import org.maillage.outreach.Segment;
import org.maillage.outreach.Segments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Segments and consultations; who may do what is checked by {@link Segments} and {@link Consultations}. */
@Controller
class OutreachController {

	private final Segments segments;

	private final Consultations consultations;

	private final ConsultationTally tally;

	private final ActorDirectory directory;

	private final ServiceAddress address;

	OutreachController(Segments segments, Consultations consultations, ConsultationTally tally,
			ActorDirectory directory, ServiceAddress address) {
		this.segments = segments;
		this.consultations = consultations;
		this.tally = tally;
		this.directory = directory;
		this.address = address;
	}

	@QueryMapping
	Connection<Segment> segments(@Argument Integer first, @Argument String after) {
		return this.segments.mine(PageRequest.of(first, after));
	}

	@QueryMapping
	Segment segment(@Argument String id) {
		return this.segments.mine(id, "seeSegments");
	}

	@MutationMapping
	SegmentPayload saveSegment(@Argument SaveSegmentInput input) {
		return new SegmentPayload(this.segments.save(input.name(), input.filter()));
	}

	@MutationMapping
	SegmentDeleted deleteSegment(@Argument DeleteSegmentInput input) {
		return new SegmentDeleted(this.segments.delete(input.id()));
	}

	@SchemaMapping(typeName = "Segment")
	String createdAt(Segment segment) {
		return segment.createdAt().toString();
	}

	@SchemaMapping(typeName = "Segment")
	int actorCount(Segment segment) {
		return (int) count(segment).value();
	}

	@SchemaMapping(typeName = "Segment")
	boolean actorCountExact(Segment segment) {
		return count(segment).exact();
	}

	private Total count(Segment segment) {
		return Total.bounded(this.directory.actorIds(segment.filter(), (int) Total.CAP + 1).size());
	}

	@SchemaMapping(typeName = "Segment")
	Connection<ConsentedContact> consentedContacts(Segment segment, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		List<ConsentedContact> all = this.segments.consentedContacts(segment);
		return Connection.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
	}

	@SchemaMapping(typeName = "Segment")
	String exportUrl(Segment segment) {
		return this.address.resolve("/segments/" + segment.id() + "/contacts.csv");
	}

	@BatchMapping(typeName = "ConsentedContact", field = "actor")
	Map<ConsentedContact, Actor> contactActor(List<ConsentedContact> contacts) {
		return BatchResults.byKey(contacts, ConsentedContact::actorId,
				this.directory.byIds(BatchResults.keys(contacts, ConsentedContact::actorId)), null);
	}

	@QueryMapping
	Connection<Consultation> consultations(@Argument Integer first, @Argument String after) {
		return this.consultations.sent(PageRequest.of(first, after));
	}

	@QueryMapping
	Consultation consultation(@Argument String id) {
		return this.consultations.get(id);
	}

	@MutationMapping
	ConsultationPayload sendConsultation(@Argument ConsultationDetails input) {
		return new ConsultationPayload(this.consultations.send(input));
	}

	@MutationMapping
	AnswerPayload answerConsultation(@Argument AnswerConsultationInput input) {
		return new AnswerPayload(this.consultations.answer(input.consultationId(), input.actorId(), input.answers()));
	}

	@SchemaMapping(typeName = "Me", field = "consultations")
	Connection<ReceivedConsultation> received(@Argument Integer first, @Argument String after) {
		return this.consultations.received(PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "ReceivedConsultation", field = "actor")
	Map<ReceivedConsultation, Actor> receivedActor(List<ReceivedConsultation> received) {
		return BatchResults.byKey(received, ReceivedConsultation::actorId,
				this.directory.byIds(BatchResults.keys(received, ReceivedConsultation::actorId)), null);
	}

	@SchemaMapping(typeName = "ReceivedConsultation")
	String answeredAt(ReceivedConsultation received) {
		return received.answeredAt() == null ? null : received.answeredAt().toString();
	}

	@SchemaMapping(typeName = "Consultation")
	List<QuestionView> questions(Consultation consultation) {
		return java.util.stream.IntStream.range(0, consultation.questions().size())
			.mapToObj(index -> QuestionView.of(index, consultation.questions().get(index)))
			.toList();
	}

	@SchemaMapping(typeName = "Consultation")
	String closesAt(Consultation consultation) {
		return consultation.closesAt().toString();
	}

	@SchemaMapping(typeName = "Consultation")
	String createdAt(Consultation consultation) {
		return consultation.createdAt().toString();
	}

	@SchemaMapping(typeName = "Consultation")
	boolean open(Consultation consultation) {
		return consultation.open(java.time.Instant.now());
	}

	@SchemaMapping(typeName = "Consultation")
	String sender(Consultation consultation) {
		return consultation.senderName();
	}

	@SchemaMapping(typeName = "Consultation")
	ConsultationResults results(Consultation consultation) {
		return this.tally.results(consultation);
	}

	@SchemaMapping(typeName = "QuestionResult")
	QuestionView question(QuestionResult result) {
		return QuestionView.of(result.index(), result.question());
	}

	@SchemaMapping(typeName = "QuestionResult")
	Connection<String> texts(QuestionResult result, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		List<String> texts = this.tally.texts(result.consultationId(), result.index(), page.offset(),
				page.lookAhead());
		return Connection.lookingAhead(texts, page, () -> Total.exactly(texts.size()));
	}

	/** A question with its position, which answers name. */
	record QuestionView(int index, String text, QuestionKind kind, List<String> choices) {

		static QuestionView of(int index, Question question) {
			return new QuestionView(index, question.text(), question.kind(), question.choices());
		}

	}

	/** Names the segment deleted, for the audit trail. */
	record SegmentDeleted(String id) implements Audited {

		@Override
		public String auditTarget() {
			return this.id;
		}

	}

	record AnswerPayload(ReceivedConsultation received) {
	}

	record SaveSegmentInput(String name, ActorFilter filter) {
	}

	/** Names the segment created, for the audit trail. */
	record SegmentPayload(Segment segment) implements Audited {

		@Override
		public String auditTarget() {
			return this.segment.id();
		}

	}

	/** Names the consultation sent, for the audit trail. */
	record ConsultationPayload(Consultation consultation) implements Audited {

		@Override
		public String auditTarget() {
			return this.consultation.id();
		}

	}

	record DeleteSegmentInput(String id) {
	}

	record AnswerConsultationInput(String consultationId, String actorId, List<Answer> answers) {
	}

}
