package org.maillage.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTests {

	@Test
	void namesThatDifferOnlyByCaseAccentsAndSpacesShareOneKey() {
		assertThat(Topic.keyOf("  Économie   circulaire ")).isEqualTo("economie circulaire");
		assertThat(Topic.keyOf("ÉCONOMIE CIRCULAIRE")).isEqualTo(Topic.keyOf("économie circulaire"));
		assertThat(Topic.keyOf("chaleur fatale")).isNotEqualTo(Topic.keyOf("chaleur"));
	}

}
