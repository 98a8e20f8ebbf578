package org.maillage.outreach;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.maillage.actor.ConsentedContact;
import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.ServiceAddress;
import org.maillage.notification.Mail;
import org.maillage.notification.Outbox;

import org.springframework.stereotype.Component;

/**
 * The e-mail telling a reached actor's consenting addresses that a consultation waits for its answer: in French (the
 * recipients' language is not known; the service's users are French), one per address, queued in the consultation's
 * own transaction.
 */
@Component
class ConsultationMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
		.withLocale(Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private final Outbox outbox;

	private final Messages messages;

	private final ServiceAddress address;

	ConsultationMails(Outbox outbox, Messages messages, ServiceAddress address) {
		this.outbox = outbox;
		this.messages = messages;
		this.address = address;
	}

	void announce(Consultation consultation, List<ConsentedContact> emails) {
		Set<String> addresses = new LinkedHashSet<>();
		List<Mail> mails = emails.stream()
			.filter(contact -> addresses.add(contact.value().strip().toLowerCase(Locale.ROOT)))
			.map(contact -> new Mail(contact.value().strip(),
					this.messages.render(Message.of("mail.consultation.subject", consultation.title()), Locale.FRENCH),
					this.messages.render(Message.of("mail.consultation.text", contact.actorName(),
							consultation.senderName(), consultation.title(), DAY.format(consultation.closesAt()),
							this.address.resolve("")), Locale.FRENCH)))
			.toList();
		this.outbox.queue(mails);
	}

}
