package org.maillage.watch;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.core.InvalidInputException;
import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.ReadScope;
import org.maillage.core.ReadScopes;
import org.maillage.core.ServiceAddress;
import org.maillage.core.Visibility;
import org.maillage.notification.Mail;
import org.maillage.notification.Outbox;
import org.maillage.security.Caller;
import org.maillage.security.Callers;
import org.maillage.security.Memberships;
import org.maillage.watch.persistence.DigestGraph;
import org.maillage.watch.persistence.DigestGraph.Digest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail digests of a person's feed, daily or weekly. Double opt-in: the address (the one the sign-in service
 * verified) receives a confirmation link first, and no digest goes out before it is followed. Each digest lists the
 * events since the last one that the person may see when it is written, and ends with a one-click unsubscribe link.
 * Digests are queued in the outbox in the transaction that marks them sent, after taking their write locks, so that
 * two runs at once, or a run after a crash, send each one once.
 */
@Service
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
		.withLocale(Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DigestGraph graph;

	private final Watches watches;

	private final Callers callers;

	private final ReadScopes scopes;

	private final Memberships memberships;

	private final Outbox outbox;

	private final Messages messages;

	private final ServiceAddress address;

	private final WatchProperties properties;

	private final TransactionTemplate transactions;

	Digests(DigestGraph graph, Watches watches, Callers callers, ReadScopes scopes, Memberships memberships,
			Outbox outbox, Messages messages, ServiceAddress address, WatchProperties properties,
			TransactionTemplate transactions) {
		this.graph = graph;
		this.watches = watches;
		this.callers = callers;
		this.scopes = scopes;
		this.memberships = memberships;
		this.outbox = outbox;
		this.messages = messages;
		this.address = address;
		this.properties = properties;
		this.transactions = transactions;
	}

	/**
	 * The caller asks for a digest at this frequency, at the e-mail address the sign-in service verified for them. A
	 * new subscription, or a new address, is confirmed by the link e-mailed to it before any digest is sent.
	 */
	@Transactional
	public DigestSubscription subscribe(DigestFrequency frequency) {
		Caller caller = this.callers.requireSignedIn("subscribeDigest");
		if (frequency == null) {
			throw InvalidInputException.of("frequency", "validation.NotNull");
		}
		if (caller.email() == null || caller.email().isBlank()) {
			throw InvalidInputException.of("frequency", "watch.digest.noEmail");
		}
		String email = caller.email().strip();
		Digest digest = this.graph.lockOrCreate(caller.subject(), newToken(), newToken());
		boolean pending = !"CONFIRMED".equals(digest.status()) || !email.equalsIgnoreCase(digest.email());
		String confirmToken = newToken();
		this.graph.update(caller.subject(), email, frequency, this.scopes.current().visibleLevels(), confirmToken,
				pending);
		if (pending) {
			this.outbox.queue(List.of(new Mail(email,
					this.messages.render(Message.of("mail.watch.confirm.subject"), Locale.FRENCH),
					this.messages.render(Message.of("mail.watch.confirm.text",
							Message.of("watch.frequency." + frequency.name()),
							this.address.resolve("/watch/digest/confirm?token=" + confirmToken),
							this.address.resolve("/watch/digest/unsubscribe?token=" + digest.token())),
							Locale.FRENCH))));
		}
		return mine().orElseThrow();
	}

	/** The caller's digest, if they asked for one. */
	@Transactional(readOnly = true)
	public java.util.Optional<DigestSubscription> mine() {
		Caller caller = this.callers.requireSignedIn("seeDigest");
		return this.graph.ofPerson(caller.subject())
			.map(digest -> new DigestSubscription(digest.email(), digest.frequency(),
					DigestStatus.valueOf(digest.status())));
	}

	/** Follows a confirmation link; false when it is unknown or no longer valid. */
	@Transactional
	public boolean confirm(String confirmToken) {
		if (confirmToken == null || confirmToken.isBlank()) {
			return false;
		}
		Instant now = Instant.now();
		return this.graph.ofConfirmToken(confirmToken)
			.map(digest -> this.graph.confirm(confirmToken, now, now.plus(digest.frequency().period())))
			.orElse(false);
	}

	/** Follows an unsubscribe link; false when it is unknown. */
	@Transactional
	public boolean unsubscribe(String token) {
		return token != null && !token.isBlank() && this.graph.unsubscribe(token);
	}

	/**
	 * Sends every digest due at {@code now}, in batches of {@code maillage.watch.digest-batch}, each a transaction;
	 * returns how many e-mails it queued.
	 */
	public Summary run(Instant now) {
		long started = System.nanoTime();
		Summary total = new Summary(0, 0);
		while (true) {
			List<String> due = this.transactions.execute(status -> this.graph.due(now, this.properties.digestBatch()));
			if (due == null || due.isEmpty()) {
				break;
			}
			Summary round = this.transactions.execute(status -> send(due, now));
			total = total.plus(round);
		}
		if (total.digests() > 0) {
			log.info("Watch digests: {} due, {} e-mails queued, in {} ms", total.digests(), total.mails(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return total;
	}

	private Summary send(List<String> due, Instant now) {
		List<Mail> mails = new ArrayList<>();
		List<Digest> locked = this.graph.lockDue(due, now);
		for (Digest digest : locked) {
			EnumSet<Visibility> visible = EnumSet.noneOf(Visibility.class);
			digest.visible().forEach(level -> visible.add(Visibility.valueOf(level)));
			ReadScope scope = new ReadScope(visible, this.memberships.actorsOf(digest.personId()));
			List<FeedEvent> events = this.watches.feedOf(digest.personId(), scope, digest.lastSentAt(),
					this.properties.digestMaxEvents(), Locale.FRENCH);
			if (!events.isEmpty() && digest.email() != null) {
				mails.add(mail(digest, events));
			}
			this.graph.sent(digest.personId(), now, now.plus(digest.frequency().period()));
		}
		this.outbox.queue(mails);
		return new Summary(locked.size(), mails.size());
	}

	private Mail mail(Digest digest, List<FeedEvent> events) {
		StringBuilder lines = new StringBuilder();
		for (FeedEvent event : events) {
			lines.append("- ").append(event.description());
			if (event.actorId() != null) {
				lines.append("\n  ").append(this.address.resolve("/actors/" + event.actorId()));
			}
			lines.append('\n');
		}
		return new Mail(digest.email(),
				this.messages.render(Message.of("mail.watch.digest.subject", events.size()), Locale.FRENCH),
				this.messages.render(Message.of("mail.watch.digest.text", DAY.format(digest.lastSentAt()),
						lines.toString(), this.address.resolve("/watch/digest/unsubscribe?token=" + digest.token())),
						Locale.FRENCH));
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * @param digests digests due and written (with or without news)
	 * @param mails e-mails queued: digests with at least one event
	 */
	public record Summary(int digests, int mails) {

		Summary plus(Summary other) {
			return new Summary(this.digests + other.digests, this.mails + other.mails);
		}

	}

}
