package org.maillage.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maillage.GraphQlErrors;
import org.maillage.MaillageIntegrationTest;
import org.maillage.Races;
import org.maillage.TestActors;
import org.maillage.TestCallers;
import org.maillage.TestHttp;
import org.maillage.funding.FundingCalls;
import org.maillage.security.KeycloakServer;
import org.maillage.security.Role;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watch as its users notice it: a company watching its département sees the problems declared there, never one it
 * may not see, and loses one made private since; an e-mail digest goes out only once confirmed, lists only what its
 * reader may see, once, and stops with its unsubscribe link. E-mails go through a real in-process SMTP server.
 */
@MaillageIntegrationTest
class WatchIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern LINK = Pattern.compile("https?://\\S+/watch/digest/(confirm|unsubscribe)\\?token=[\\w-]+");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Digests digests;

	@Autowired
	FundingCalls fundingCalls;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Autowired
	JwtDecoder jwtDecoder;

	@Autowired
	JwtAuthenticationConverter jwtAuthenticationConverter;

	@LocalServerPort
	int port;

	String token = TestActors.newToken();

	String owner;

	String subscriber;

	String ownerActor;

	@BeforeEach
	void anActorInTheHautesAlpesAndAWatcherFromElsewhere() {
		this.owner = "owner-" + this.token;
		this.subscriber = "watcher-" + this.token;
		TestCallers.signIn(this.owner, Role.MEMBER);
		this.ownerActor = TestActors.register(this.graphQl, "Fonderie " + this.token, "05061");
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		TestActors.register(this.graphQl, "Atelier " + this.token, "57463");
	}

	@Test
	void aProblemDeclaredInAWatchedTerritoryReachesTheSubscriberOnlyWhileItMaySeeIt() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TERRITORY", "departement:05").path("watch.watch.label").entity(String.class).isEqualTo("Hautes-Alpes");

		TestCallers.signIn(this.owner, Role.MEMBER);
		Map<String, Object> open = addProblem("Chutes d’aimants " + this.token, "PUBLIC");
		addProblem("Secret de fabrication " + this.token, "PRIVATE");

		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions()).contains("Fonderie " + this.token + " declares a problem: Chutes d’aimants "
				+ this.token)
			.noneMatch(description -> description.contains("Secret de fabrication"));

		// the owner's own member, watching the same territory, sees both
		TestCallers.signIn(this.owner, Role.MEMBER);
		watch("TERRITORY", "region:93");
		assertThat(myFeedDescriptions()).anyMatch(description -> description.contains("Secret de fabrication"))
			.anyMatch(description -> description.contains("Chutes d’aimants"));

		// made private after the event: it leaves the subscriber's feed
		this.graphQl.document("""
				mutation($id: ID!, $version: Int!, $title: String!) { updateProblem(input: {id: $id, version: $version,
				  title: $title, category: OTHER, status: OPEN, visibility: PRIVATE}) { problem { id } } }""")
			.variable("id", open.get("id"))
			.variable("version", open.get("version"))
			.variable("title", "Chutes d’aimants " + this.token)
			.execute()
			.errors()
			.verify();
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions()).noneMatch(description -> description.contains(this.token + " declares"));
	}

	@Test
	void aFundingCallForTheWatchedCommunesRegionReachesItsWatcherAndItsDeadlineIsAnnouncedOnce() throws Exception {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TERRITORY", "commune:05061");

		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		Map<String, Object> here = publishFundingCall("Aimants en Provence " + this.token, "region:93", 10);
		publishFundingCall("Aimants en Lorraine " + this.token, "region:44", 10);
		publishFundingCall("Aimants plus tard " + this.token, "region:93", 200);

		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions()).contains("New funding call: Aimants en Provence " + this.token,
				"New funding call: Aimants plus tard " + this.token)
			.noneMatch(description -> description.contains("Lorraine"));

		// the deadline check announces the call closing within 14 days once, even when two checks run at once
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> checks = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				checks.add(pool.submit(() -> {
					start.await();
					return this.fundingCalls.warnOfDeadlines();
				}));
			}
			start.countDown();
			for (Future<Integer> check : checks) {
				check.get();
			}
		}
		finally {
			pool.shutdown();
		}
		this.fundingCalls.warnOfDeadlines();
		assertThat(myFeedDescriptions())
			.filteredOn(description -> description.equals(
					"Funding call “Aimants en Provence " + this.token + "” closes soon"))
			.hasSize(1);
		assertThat(myFeedDescriptions()).noneMatch(description -> description.contains("“Aimants plus tard"));

		// withdrawn: its events leave the feed
		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		this.graphQl.document("""
				mutation($id: ID!, $version: Int!) { withdrawFundingCall(input: {id: $id, version: $version}) {
				  fundingCall { id } } }""")
			.variable("id", here.get("id"))
			.variable("version", here.get("version"))
			.execute()
			.errors()
			.verify();
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions()).noneMatch(description -> description.contains("Aimants en Provence"));
	}

	@Test
	void problemsNeedingWhatTheWatchersActorCanDoReachItButNotItsOwnNorHiddenOnes() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		String foundry = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Aimants " + this.token, "57463",
				"24.45Z", "");
		watch("PROBLEMS_I_COULD_HELP_WITH", foundry).path("watch.watch.label").entity(String.class)
			.isEqualTo("Aimants " + this.token);
		addProblemNeeding(foundry, "Nos propres chutes " + this.token, "PUBLIC", "TRADE", "24.45Z");

		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblemNeeding(this.ownerActor, "Refonte d’alliages " + this.token, "PUBLIC", "TRADE", "24.4");
		addProblemNeeding(this.ownerActor, "Alliage secret " + this.token, "PRIVATE", "TRADE", "24");
		addProblemNeeding(this.ownerActor, "Traiteur " + this.token, "PUBLIC", "TRADE", "56.21Z");
		// only the actor's own members may watch for it: the watch reads its private capabilities
		GraphQlErrors.expectError(watch("PROBLEMS_I_COULD_HELP_WITH", foundry), "FORBIDDEN", "");

		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions())
			.contains("Fonderie " + this.token + " declares a problem: Refonte d’alliages " + this.token)
			.noneMatch(description -> description.contains("Alliage secret") || description.contains("Traiteur")
					|| description.contains("Nos propres chutes"));
	}

	private void addProblemNeeding(String actorId, String title, String visibility, String kind, String value) {
		this.graphQl.document("""
				mutation($actorId: ID!, $title: String!, $visibility: Visibility!, $kind: NeedKind!, $value: String!) {
				  addProblem(input: {actorId: $actorId, title: $title, visibility: $visibility,
				    needs: [{kind: $kind, value: $value}]}) { problem { id } } }""")
			.variable("actorId", actorId)
			.variable("title", title)
			.variable("visibility", visibility)
			.variable("kind", kind)
			.variable("value", value)
			.execute()
			.errors()
			.verify();
	}

	private Map<String, Object> publishFundingCall(String name, String perimeter, int daysLeft) {
		return this.graphQl.document("""
				mutation($name: String!, $perimeter: ID, $deadline: String!) { publishFundingCall(input: {details: {
				  name: $name, financers: ["Région"], description: "Aimants permanents", perimeter: $perimeter,
				  deadline: $deadline}}) { fundingCall { id version } } }""")
			.variable("name", name)
			.variable("perimeter", perimeter)
			.variable("deadline", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(daysLeft).toString())
			.execute()
			.path("publishFundingCall.fundingCall")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@Test
	void theFeedPagesFromTheLastEventItShowedAndSkipsWhatTheReaderMayNotSee() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TERRITORY", "commune:05061");
		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblem("Premier " + this.token, "PUBLIC");
		addProblem("Caché " + this.token, "PRIVATE");
		addProblem("Deuxième " + this.token, "PUBLIC");
		addProblem("Troisième " + this.token, "PUBLIC");
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		String page = "query($after: String) { myFeed(first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }";
		var first = this.graphQl.document(page).variable("after", null).execute();
		assertThat(first.path("myFeed.edges[*].node.title").entityList(String.class).get())
			.containsExactly("Troisième " + this.token, "Deuxième " + this.token);
		first.path("myFeed.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("myFeed.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.document(page).variable("after", cursor).execute();
		assertThat(second.path("myFeed.edges[0].node.title").entity(String.class).get()).isEqualTo("Premier " + this.token);
	}

	/** A "problems I could help with" watch follows its actor's capabilities: a topic taken up after watching counts. */
	@Test
	void aCapabilityAddedAfterWatchingReachesTheWatcher() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		String foundry = TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Aimants " + this.token, "57463",
				"24.45Z", "");
		watch("PROBLEMS_I_COULD_HELP_WITH", foundry);
		String topic = "Batteries usagées " + this.token;
		TestActors.declareTopic(this.graphQl, foundry, topic, "PRIVATE");

		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblemNeeding(this.ownerActor, "Reprise de batteries " + this.token, "PUBLIC", "TOPIC", topic);
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions()).anyMatch(description -> description.contains("Reprise de batteries " + this.token));
	}

	/** A problem's event outlives a merge of its actor: it names the survivor, which owns the problem now. */
	@Test
	void anEventOfAMergedActorNamesTheSurvivor() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TERRITORY", "commune:05061");
		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblem("Fusion " + this.token, "PUBLIC");
		String survivor = TestActors.register(this.graphQl, "Fonderie gardée " + this.token, "05061");
		TestCallers.signIn("facilitator-" + this.token, Role.FACILITATOR);
		TestActors.merge(this.graphQl, survivor, this.ownerActor);

		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions())
			.contains("Fonderie gardée " + this.token + " declares a problem: Fusion " + this.token);
	}

	/**
	 * A page reads each watched key's events newest first from the (key, at) index and stops at what it needs: a plan
	 * that sorts a key's whole history (a Top over the seek) costs a page the key's thousands of events at 100k actors.
	 */
	@Test
	void aFeedPageReadsEachKeysNewestEventsFromTheIndexInOrder() {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("personId", this.subscriber);
		parameters.put("since", java.time.ZonedDateTime.now().minusDays(90));
		parameters.put("beforeAt", java.time.ZonedDateTime.now().plusYears(1));
		parameters.put("beforeId", "");
		parameters.put("scan", 40);
		org.neo4j.driver.summary.Plan plan = this.driver
			.executableQuery("EXPLAIN " + org.maillage.watch.persistence.WatchGraph.candidatesStatement())
			.withParameters(parameters)
			.execute()
			.summary()
			.plan();

		assertThat(operators(plan)).anyMatch(operator -> operator.contains("ABOUT(key, at)"))
			.anyMatch(operator -> operator.startsWith("PartialTop"))
			.noneMatch(operator -> operator.startsWith("Top") && operator.contains("r.at"));
	}

	private static List<String> operators(org.neo4j.driver.summary.Plan plan) {
		List<String> operators = new ArrayList<>();
		operators.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
		plan.children().forEach(child -> operators.addAll(operators(child)));
		return operators;
	}

	@Test
	void aNewActorReachesTheWatchersOfItsTradeAndNotOthers() {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TRADE", "24.45");
		TestCallers.signIn("elsewhere-" + this.token, Role.MEMBER);
		watch("TRADE", "10.71");
		TestCallers.signIn(this.owner, Role.MEMBER);
		TestActors.registerIn(this.graphQl, "COMPANY", "PRIVATE", "Terres rares " + this.token, "05061", "24.45Z", "");
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		assertThat(myFeedDescriptions()).contains("New actor: Terres rares " + this.token);
		TestCallers.signIn("elsewhere-" + this.token, Role.MEMBER);
		assertThat(myFeedDescriptions()).noneMatch(description -> description.contains(this.token));
	}

	@Test
	void watchingTwiceAtOnceMakesOneWatchAndUnwatchStopsIt() {
		List<String> outcomes = Races.run(4, i -> () -> {
			TestCallers.signIn(this.subscriber, Role.MEMBER);
			return watch("TERRITORY", "departement:04");
		});
		assertThat(outcomes).containsOnly("OK");
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		var mine = this.graphQl.document("{ myWatches { totalCount edges { node { id kind value } } } }").execute();
		mine.path("myWatches.totalCount").entity(Integer.class).isEqualTo(1);
		String id = mine.path("myWatches.edges[0].node.id").entity(String.class).get();
		this.graphQl.document("mutation($id: ID!) { unwatch(input: {id: $id}) { id } }").variable("id", id).execute()
			.path("unwatch.id").entity(String.class).isEqualTo(id);
		this.graphQl.document("{ myWatches { totalCount } }").execute()
			.path("myWatches.totalCount").entity(Integer.class).isEqualTo(0);
		// someone else's watch is not found
		TestCallers.signIn(this.owner, Role.MEMBER);
		String others = watch("TERRITORY", "departement:04").path("watch.watch.id").entity(String.class).get();
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		this.graphQl.document("mutation($id: ID!) { unwatch(input: {id: $id}) { id } }").variable("id", others)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(String.valueOf(error.getErrorType())).isEqualTo("NOT_FOUND")));
	}

	@Test
	void thePublicCannotWatchNorReadAFeedAndUnknownSubjectsAreRefused() {
		TestCallers.signOut();
		this.graphQl.document("{ myFeed { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(String.valueOf(error.getErrorType())).isEqualTo("UNAUTHORIZED")));
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TERRITORY", "departement:999").errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(String.valueOf(error.getErrorType())).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("departement:999");
			}));
	}

	@Test
	void aConfirmedDigestListsOnlyWhatItsReaderMaySeeOnceAndStopsWhenUnsubscribed() throws Exception {
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		watch("TERRITORY", "commune:05061");
		this.graphQl.document("mutation { subscribeDigest(input: {frequency: WEEKLY}) { digest { email status } } }")
			.execute()
			.path("subscribeDigest.digest.status").entity(String.class).isEqualTo("PENDING");
		String address = this.subscriber + "@example.org";

		// nothing goes out before the address is confirmed
		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblem("Avant confirmation " + this.token, "PUBLIC");
		this.digests.run(Instant.now().plus(Duration.ofDays(30)));
		MimeMessage confirmation = awaitMail(address, 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Confirmez votre résumé de veille Maillage");
		String confirm = link(text(confirmation), "confirm");
		assertThat(get(confirm).getStatusCode().value()).isEqualTo(200);
		TestCallers.signIn(this.subscriber, Role.MEMBER);
		this.graphQl.document("{ myDigest { status frequency } }").execute()
			.path("myDigest.status").entity(String.class).isEqualTo("CONFIRMED");

		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblem("Poussières métalliques " + this.token, "MEMBERS");
		addProblem("Procédé confidentiel " + this.token, "PRIVATE");
		TestCallers.signOut();

		// two runs at once, a week later: one digest
		Instant nextWeek = Instant.now().plus(Duration.ofDays(8));
		runTwiceAtOnce(nextWeek);
		List<MimeMessage> received = awaitMail(address, 2);
		Thread.sleep(1_000);
		received = mine(address);
		assertThat(received).hasSize(2);
		MimeMessage digest = received.get(1);
		assertThat(digest.getSubject()).isEqualTo("Votre veille Maillage : du nouveau (1)");
		String body = text(digest);
		assertThat(body).contains("Poussières métalliques " + this.token)
			.doesNotContain("Procédé confidentiel")
			.doesNotContain("Avant confirmation");

		// unsubscribed: the next week sends nothing
		assertThat(get(link(body, "unsubscribe")).getStatusCode().value()).isEqualTo(200);
		TestCallers.signIn(this.owner, Role.MEMBER);
		addProblem("Après désabonnement " + this.token, "PUBLIC");
		TestCallers.signOut();
		this.digests.run(nextWeek.plus(Duration.ofDays(8)));
		Thread.sleep(1_500);
		assertThat(mine(address)).hasSize(2);
		assertThat(get("http://localhost:" + this.port + "/watch/digest/unsubscribe?token=nope").getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void aLiveSubscriberOverWebSocketReceivesANewProblemItMaySeeAndNotAPrivateOne() throws Exception {
		// a real token of the run's Keycloak, sent in connection_init as a browser would
		String denis = KeycloakServer.shared().accessToken("denis", "dev-only-denis");
		TestCallers.signInWithToken(denis, this.jwtDecoder, this.jwtAuthenticationConverter);
		watch("TERRITORY", "commune:05061").errors().verify();
		TestCallers.signOut();

		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql-ws", new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", "Bearer " + denis));
				}
			})
			.build();
		List<String> received = new CopyOnWriteArrayList<>();
		Disposable subscription = client.document("subscription { feedEvents { kind description } }")
			.retrieveSubscription("feedEvents")
			.toEntity(Map.class)
			.subscribe(event -> received.add(String.valueOf(event.get("description"))));
		try {
			Thread.sleep(2_000);
			TestCallers.signIn(this.owner, Role.MEMBER);
			addProblem("Bobinages confidentiels " + this.token, "PRIVATE");
			addProblem("Aimants usagés " + this.token, "PUBLIC");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> received.stream().anyMatch(description -> description.contains("Aimants usagés " + this.token)));
			Thread.sleep(1_000);
			assertThat(received).noneMatch(description -> description.contains("Bobinages confidentiels"));
		}
		finally {
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	private void runTwiceAtOnce(Instant now) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Digests.Summary>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					go.await();
					return this.digests.run(now);
				}));
			}
			go.countDown();
			for (Future<Digests.Summary> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private GraphQlTester.Response watch(String kind, String value) {
		return this.graphQl.document("""
				mutation($kind: WatchKind!, $value: String!) { watch(input: {kind: $kind, value: $value}) {
				  watch { id kind value label } } }""")
			.variable("kind", kind)
			.variable("value", value)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> addProblem(String title, String visibility) {
		return this.graphQl.document("""
				mutation($actorId: ID!, $title: String!, $visibility: Visibility!) { addProblem(input: {actorId: $actorId,
				  title: $title, visibility: $visibility}) { problem { id version } } }""")
			.variable("actorId", this.ownerActor)
			.variable("title", title)
			.variable("visibility", visibility)
			.execute()
			.path("addProblem.problem")
			.entity(Map.class)
			.get();
	}

	private List<String> myFeedDescriptions() {
		return this.graphQl.document("{ myFeed(first: 50) { edges { node { kind description } } } }")
			.execute()
			.path("myFeed.edges[*].node.description")
			.entityList(String.class)
			.get();
	}

	private List<MimeMessage> awaitMail(String address, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mine(address).size() >= count);
		return mine(address);
	}

	private static List<MimeMessage> mine(String address) {
		List<MimeMessage> mine = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				if (message.getAllRecipients()[0].toString().equals(address)) {
					mine.add(message);
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return mine;
	}

	private String link(String body, String kind) {
		Matcher matcher = LINK.matcher(body);
		while (matcher.find()) {
			if (matcher.group(1).equals(kind)) {
				// the service's public address in tests is not this run's port
				return matcher.group().replaceFirst("https?://[^/]+", "http://localhost:" + this.port);
			}
		}
		throw new AssertionError("No " + kind + " link in " + body);
	}

	private static String text(MimeMessage message) throws Exception {
		return String.valueOf(message.getContent());
	}

	private ResponseEntity<String> get(String url) {
		return TestHttp.client(this.port).get().uri(java.net.URI.create(url)).retrieve().toEntity(String.class);
	}

}
