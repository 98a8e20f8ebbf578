package org.maillage.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainProofTests {

	private final DomainProof proof = new DomainProof(List.of("gmail.com", "wixsite.com"));

	@Test
	void anAddressAtTheWebsitesDomainOrAParentOfItProvesTheClaim() {
		assertThat(this.proof.provenDomain("jeanne@acme.fr", "https://www.acme.fr/contact")).contains("acme.fr");
		assertThat(this.proof.provenDomain("Jeanne@ACME.fr", "boutique.acme.fr")).contains("acme.fr");
		assertThat(this.proof.provenDomain("jeanne@acme.fr", "http://acme.fr:8080")).contains("acme.fr");
	}

	@Test
	void lookAlikesChildDomainsAndSharedDomainsProveNothing() {
		assertThat(this.proof.provenDomain("jeanne@acme.fr", "https://notacme.fr")).isEmpty();
		assertThat(this.proof.provenDomain("jeanne@acme.fr", "https://acme.fr.example.com")).isEmpty();
		assertThat(this.proof.provenDomain("jeanne@lab.acme.fr", "https://acme.fr")).isEmpty();
		assertThat(this.proof.provenDomain("someone@gmail.com", "https://gmail.com")).isEmpty();
		assertThat(this.proof.provenDomain("someone@acme.wixsite.com", "acme.wixsite.com")).isEmpty();
		assertThat(this.proof.provenDomain(null, "https://acme.fr")).isEmpty();
		assertThat(this.proof.provenDomain("jeanne@acme.fr", null)).isEmpty();
		assertThat(this.proof.provenDomain("jeanne@acme.fr", "pas une adresse")).isEmpty();
	}

}
