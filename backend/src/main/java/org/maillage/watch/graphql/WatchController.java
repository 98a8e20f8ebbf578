package org.maillage.watch.graphql;

import java.util.Locale;

import graphql.schema.DataFetchingEnvironment;

import org.maillage.core.Audited;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.watch.DigestFrequency;
import org.maillage.watch.DigestSubscription;
import org.maillage.watch.Digests;
import org.maillage.watch.FeedEvent;
import org.maillage.watch.Watch;
import org.maillage.watch.WatchKind;
import org.maillage.watch.Watches;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The watch's queries and mutations; who may do what is checked by {@link Watches} and {@link Digests}. */
@Controller
class WatchController {

	private final Watches watches;

	private final Digests digests;

	WatchController(Watches watches, Digests digests) {
		this.watches = watches;
		this.digests = digests;
	}

	@QueryMapping
	Connection<Watch> myWatches(@Argument Integer first, @Argument String after) {
		return this.watches.mine(PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<FeedEvent> myFeed(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return this.watches.feed(PageRequest.of(first, after), language(env));
	}

	@QueryMapping
	DigestSubscription myDigest() {
		return this.digests.mine().orElse(null);
	}

	/**
	 * The caller's new events as they are committed, each checked against the caller's watches and what they may see;
	 * over WebSocket, signed in by {@link WebSocketSignIn}.
	 */
	@SubscriptionMapping
	Flux<FeedEvent> feedEvents(
			@ContextValue(name = WebSocketSignIn.AUTHENTICATION, required = false) Authentication authentication,
			DataFetchingEnvironment env) {
		if (authentication == null) {
			return this.watches.live(language(env));
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
		try {
			return this.watches.live(language(env));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@MutationMapping
	WatchPayload watch(@Argument WatchInput input) {
		return new WatchPayload(this.watches.watch(input.kind(), input.value()));
	}

	@MutationMapping
	UnwatchPayload unwatch(@Argument UnwatchInput input) {
		return new UnwatchPayload(this.watches.unwatch(input.id()));
	}

	@MutationMapping
	DigestPayload subscribeDigest(@Argument SubscribeDigestInput input) {
		return new DigestPayload(this.digests.subscribe(input.frequency()));
	}

	static Locale language(DataFetchingEnvironment env) {
		return env.getLocale() == null ? Locale.FRENCH : env.getLocale();
	}

	record WatchInput(WatchKind kind, String value) {
	}

	record UnwatchInput(String id) {
	}

	record SubscribeDigestInput(DigestFrequency frequency) {
	}

	record WatchPayload(Watch watch) implements Audited {

		@Override
		public String auditTarget() {
			return this.watch.id();
		}

	}

	record UnwatchPayload(String id) implements Audited {

		@Override
		public String auditTarget() {
			return this.id;
		}

	}

	record DigestPayload(DigestSubscription digest) implements Audited {

		@Override
		public String auditTarget() {
			return this.digest.frequency().name();
		}

	}

}
