package org.maillage.freshness;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.maillage.actor.ActorFreshness;
import org.maillage.actor.ActorFreshness.Batch;
import org.maillage.actor.ActorFreshness.Key;
import org.maillage.actor.ActorFreshness.StaleActor;
import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.ServiceAddress;
import org.maillage.notification.Mail;
import org.maillage.notification.Outbox;
import org.maillage.security.Memberships;
import org.maillage.security.Owner;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the owners of stale profiles: every actor confirmed longer ago than {@code maillage.freshness.remind-after}
 * and not reminded since gets one e-mail per owner, in French (owners' languages are not known; the service's users
 * are French), queued in the outbox in the transaction that marks the actor reminded. Batches of
 * {@code maillage.freshness.batch} actors, each a transaction of its own, oldest confirmation first; a run that meets
 * actors another run (or service) is reminding waits for their locks and then leaves them alone.
 */
@Component
class FreshnessReminders {

	private static final Logger log = LoggerFactory.getLogger(FreshnessReminders.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
		.withLocale(Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

	private final ActorFreshness freshness;

	private final Memberships memberships;

	private final Outbox outbox;

	private final Messages messages;

	private final ServiceAddress address;

	private final FreshnessProperties properties;

	private final TransactionTemplate transactions;

	FreshnessReminders(ActorFreshness freshness, Memberships memberships, Outbox outbox, Messages messages,
			ServiceAddress address, FreshnessProperties properties, TransactionTemplate transactions) {
		this.freshness = freshness;
		this.memberships = memberships;
		this.outbox = outbox;
		this.messages = messages;
		this.address = address;
		this.properties = properties;
		this.transactions = transactions;
	}

	/** Reminds the owners of every stale actor not reminded yet; returns what it did. */
	Summary run() {
		long started = System.nanoTime();
		long lastReport = started;
		Instant staleBefore = Instant.now().minus(this.properties.remindAfter());
		Summary total = new Summary(0, 0, 0, 0);
		Key after = null;
		while (true) {
			Key from = after;
			Round round = this.transactions.execute(status -> remind(staleBefore, from));
			total = total.plus(round.summary());
			if (round.next() == null) {
				break;
			}
			after = round.next();
			if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
				lastReport = System.nanoTime();
				log.info("Freshness reminders: {} actors reminded so far, {} e-mails queued", total.actors(),
						total.mails());
			}
		}
		if (total.actors() > 0 || total.ownersWithoutAddress() > 0) {
			log.info("Freshness reminders: {} stale actors reminded, {} e-mails queued, {} owners without an e-mail "
					+ "address skipped, {} actors without any owner to write to, in {} ms", total.actors(),
					total.mails(), total.ownersWithoutAddress(), total.unreachable(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return total;
	}

	/** One batch, in the caller's transaction: the actors marked reminded and their owners' e-mails queued. */
	private Round remind(Instant staleBefore, Key after) {
		Batch batch = this.freshness.remindNext(staleBefore, after, this.properties.batch());
		if (batch.reminded().isEmpty()) {
			return new Round(new Summary(0, 0, 0, 0), batch.next());
		}
		Map<String, List<Owner>> owners = this.memberships
			.ownersOf(batch.reminded().stream().map(StaleActor::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Owner::actorId));
		List<Mail> mails = new ArrayList<>();
		int withoutAddress = 0;
		int unreachable = 0;
		for (StaleActor actor : batch.reminded()) {
			Set<String> addresses = new HashSet<>();
			for (Owner owner : owners.getOrDefault(actor.id(), List.of())) {
				if (owner.email() == null || owner.email().isBlank()) {
					withoutAddress++;
				}
				else if (addresses.add(owner.email().strip().toLowerCase(Locale.ROOT))) {
					mails.add(mail(actor, owner.email().strip()));
				}
			}
			if (addresses.isEmpty()) {
				unreachable++;
			}
		}
		this.outbox.queue(mails);
		return new Round(new Summary(batch.reminded().size(), mails.size(), withoutAddress, unreachable), batch.next());
	}

	private Mail mail(StaleActor actor, String to) {
		return new Mail(to, this.messages.render(Message.of("mail.freshness.subject", actor.name()), Locale.FRENCH),
				this.messages.render(Message.of("mail.freshness.text", actor.name(), DAY.format(actor.confirmedAt()),
						this.address.resolve("/actors/" + actor.id()),
						String.valueOf(this.properties.remindAfter().toDays())), Locale.FRENCH));
	}

	/**
	 * @param actors stale actors reminded
	 * @param mails e-mails queued
	 * @param ownersWithoutAddress owners skipped for want of an e-mail address
	 * @param unreachable reminded actors none of whose owners could be written to
	 */
	record Summary(int actors, int mails, int ownersWithoutAddress, int unreachable) {

		Summary plus(Summary other) {
			return new Summary(this.actors + other.actors, this.mails + other.mails,
					this.ownersWithoutAddress + other.ownersWithoutAddress, this.unreachable + other.unreachable);
		}

	}

	private record Round(Summary summary, Key next) {
	}

}
