package org.maillage.claim;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Claims of public-record profiles ({@code maillage.claims.*}).
 *
 * @param sharedDomains domains many unrelated people have addresses or pages at (webmail, site builders, social
 *        networks): an address there proves nothing about an actor whose website is there too, so such a claim waits
 *        for a facilitator
 * @param maxPending pending claims one person may have at once, so that nobody floods the facilitators' queue
 */
@Validated
@ConfigurationProperties("maillage.claims")
public record ClaimProperties(@DefaultValue({ "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com",
		"hotmail.fr", "live.fr", "yahoo.com", "yahoo.fr", "icloud.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr",
		"laposte.net", "gmx.fr", "proton.me", "protonmail.com", "facebook.com", "linkedin.com", "instagram.com",
		"google.com", "sites.google.com", "wixsite.com", "wordpress.com", "jimdo.com", "jimdofree.com",
		"over-blog.com", "webnode.fr", "pagesjaunes.fr", "societe.com" }) List<String> sharedDomains,
		@DefaultValue("20") @Min(1) @Max(1_000) int maxPending) {
}
