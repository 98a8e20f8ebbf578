package org.maillage.observatory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Observatory settings ({@code maillage.observatory.*}).
 *
 * @param refreshInterval how often every territory's figures are computed again (docs/observatory.md, "How fresh");
 * zero computes them only once, when the service starts
 * @param firstRefreshDelay how long after start-up the first refresh begins, so that it does not compete with the
 * first requests' planning
 */
@Validated
@ConfigurationProperties("maillage.observatory")
public record ObservatoryProperties(@DefaultValue("10m") Duration refreshInterval,
		@DefaultValue("5s") Duration firstRefreshDelay) {
}
