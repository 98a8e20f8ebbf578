package org.maillage.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiretTests {

	@Test
	void aSiretWithTheRightCheckDigitIsValid() {
		assertThat(Siret.isValid("73282932000074")).isTrue();
		assertThat(Siret.isValid("40483304800022")).isTrue();
	}

	@Test
	void aMistypedDigitOrAWrongLengthIsCaught() {
		assertThat(Siret.isValid("73282932000075")).isFalse();
		assertThat(Siret.isValid("73282932000047")).isFalse();
		assertThat(Siret.isValid("7328293200007")).isFalse();
		assertThat(Siret.isValid("7328293200007A")).isFalse();
	}

	@Test
	void laPosteEstablishmentsFollowTheirOwnRule() {
		assertThat(Siret.isValid("35600000000015")).isTrue();
		assertThat(Siret.isValid("35600000000016")).isFalse();
	}

}
