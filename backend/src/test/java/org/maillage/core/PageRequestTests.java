package org.maillage.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTests {

	@Test
	void theNextPageStartsAfterTheCursorGiven() {
		PageRequest first = PageRequest.of(2, null);
		Connection<String> page = Connection.of(List.of("a", "b"), first, 5);
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isFalse();

		PageRequest second = PageRequest.of(2, page.pageInfo().endCursor());
		assertThat(second.offset()).isEqualTo(2);
		assertThat(Connection.of(List.of("e"), PageRequest.of(2, PageRequest.cursor(3)), 5).pageInfo().hasNextPage())
			.isFalse();
	}

	@Test
	void defaultsAndLimitsOfThePageSize() {
		assertThat(PageRequest.of(null, null).size()).isEqualTo(20);
		assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.explanation()).isEqualTo(Message.of("page.first.range", "first", 100, 101)));
		assertThatThrownBy(() -> PageRequest.of(10, "b2Zmc2V0Oi0x")).isInstanceOf(InvalidInputException.class);
	}

}
