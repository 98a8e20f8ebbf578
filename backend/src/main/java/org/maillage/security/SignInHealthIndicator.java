package org.maillage.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): whether the sign-in service answers as the realm the
 * service is configured with. When it does not, signed-in requests get 503 while public reads keep working, so
 * readiness says DEGRADED (HTTP 200) rather than DOWN: taking every instance out of the load balancer would stop
 * the public reads too, and restarting the service would not bring Keycloak back. Checked at most every
 * {@value #FRESH_SECONDS} seconds; the first check, right after start-up, is logged in one line.
 */
@Component
class SignInHealthIndicator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(SignInHealthIndicator.class);

	static final Status DEGRADED = new Status("DEGRADED", "Signed-in requests are refused with 503; public reads work");

	private static final int FRESH_SECONDS = 10;

	private final String issuer;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile Health last;

	private volatile long checkedAt;

	SignInHealthIndicator(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
		this.issuer = issuer;
	}

	@Override
	public Health health() {
		Health known = this.last;
		if (known != null && System.nanoTime() - this.checkedAt < Duration.ofSeconds(FRESH_SECONDS).toNanos()) {
			return known;
		}
		Health now = check();
		this.last = now;
		this.checkedAt = System.nanoTime();
		return now;
	}

	/** Says at start-up, in one line, whether tokens can be checked: a wrong issuer shows at once. */
	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		Thread announcer = new Thread(() -> {
			Health health = health();
			if (health.getStatus().equals(Status.UP)) {
				log.info("Sign-in service answers at {}", this.issuer);
			}
			else {
				log.warn("Sign-in service at {} is not usable ({}): signed-in requests will get 503 until it is",
						this.issuer, health.getDetails().get("problem"));
			}
		}, "sign-in-check");
		announcer.setDaemon(true);
		announcer.start();
	}

	private Health check() {
		HttpRequest discovery = HttpRequest
			.newBuilder(URI.create(this.issuer + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(3))
			.build();
		try {
			HttpResponse<String> answer = this.http.send(discovery, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				return degraded("it answers HTTP " + answer.statusCode() + ": is the realm name right?");
			}
			JsonNode configuration = this.json.readTree(answer.body());
			String named = configuration.path("issuer").asString("");
			if (!this.issuer.equals(named)) {
				return degraded("it names itself " + named + ", and tokens must come from the issuer configured");
			}
			return Health.up().withDetail("issuer", this.issuer).build();
		}
		catch (IOException | RuntimeException ex) {
			return degraded("unreachable: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return degraded("check interrupted");
		}
	}

	private Health degraded(String problem) {
		return Health.status(DEGRADED).withDetail("issuer", this.issuer).withDetail("problem", problem).build();
	}

}
