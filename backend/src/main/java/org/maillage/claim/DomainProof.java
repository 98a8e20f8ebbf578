package org.maillage.claim;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a verified e-mail address proves that its holder works for an actor: the address's domain is the actor's
 * website's domain, or a parent of it ({@code jane@acme.fr} for {@code https://www.acme.fr} or
 * {@code boutique.acme.fr}), and is not one that many unrelated people share.
 */
final class DomainProof {

	private final List<String> sharedDomains;

	DomainProof(List<String> sharedDomains) {
		this.sharedDomains = sharedDomains.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList();
	}

	/** The domain both share, if the address proves the claim. */
	Optional<String> provenDomain(String verifiedEmail, String website) {
		if (verifiedEmail == null || website == null) {
			return Optional.empty();
		}
		int at = verifiedEmail.lastIndexOf('@');
		String domain = verifiedEmail.substring(at + 1).strip().toLowerCase(Locale.ROOT);
		Optional<String> host = host(website);
		if (at < 1 || domain.indexOf('.') < 0 || host.isEmpty() || shared(domain) || shared(host.get())) {
			return Optional.empty();
		}
		return host.get().equals(domain) || host.get().endsWith("." + domain) ? Optional.of(domain) : Optional.empty();
	}

	private boolean shared(String domain) {
		return this.sharedDomains.stream().anyMatch(shared -> domain.equals(shared) || domain.endsWith("." + shared));
	}

	/** The website's host, lower case, without a leading "www."; a site given without a scheme counts as https. */
	static Optional<String> host(String website) {
		String address = website.strip();
		if (!address.contains("://")) {
			address = "https://" + address;
		}
		try {
			String host = new URI(address).getHost();
			if (host == null || host.indexOf('.') < 0) {
				return Optional.empty();
			}
			host = host.toLowerCase(Locale.ROOT);
			return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
