package org.maillage.funding;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Funding calls ({@code maillage.funding.*}).
 *
 * @param closingSoonDays a call whose deadline is this many days away or fewer is closing soon
 * @param importFolder where the files an operator imports by path must be: the service reads no other path
 * @param maxImportEntries the most entries one import takes
 * @param timeZone the zone whose day says whether a deadline has passed
 * @param deadlineCheckInterval how often calls closing soon are looked for, to warn the watch (zero: never)
 * @param firstDeadlineCheckDelay how long after start-up they are first looked for
 */
@Validated
@ConfigurationProperties("maillage.funding")
public record FundingProperties(@DefaultValue("14") @Min(0) @Max(365) int closingSoonDays,
		@DefaultValue("imports") @NotBlank String importFolder,
		@DefaultValue("5000") @Min(1) @Max(100_000) int maxImportEntries,
		@DefaultValue("Europe/Paris") @NotBlank String timeZone,
		@DefaultValue("PT1H") Duration deadlineCheckInterval, @DefaultValue("PT1M") Duration firstDeadlineCheckDelay) {
}
