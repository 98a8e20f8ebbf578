package org.maillage.taxonomy.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.taxonomy.Trade;
import org.maillage.taxonomy.TradeFilter;
import org.maillage.taxonomy.Trades;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TradeController {

	private final Trades trades;

	TradeController(Trades trades) {
		this.trades = trades;
	}

	@QueryMapping
	Trade trade(@Argument String code) {
		return this.trades.find(code).orElse(null);
	}

	@QueryMapping
	Connection<Trade> trades(@Argument TradeFilter filter, @Argument Integer first, @Argument String after) {
		return this.trades.search(filter == null ? TradeFilter.NONE : filter, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Trade, Trade> parent(List<Trade> trades) {
		return BatchResults.byKey(trades, Trade::code, this.trades.parents(BatchResults.keys(trades, Trade::code)),
				null);
	}

	@BatchMapping
	Map<Trade, List<Trade>> children(List<Trade> trades) {
		return BatchResults.byKey(trades, Trade::code, this.trades.children(BatchResults.keys(trades, Trade::code)),
				List.of());
	}

	@BatchMapping
	Map<Trade, List<Trade>> ancestors(List<Trade> trades) {
		return BatchResults.byKey(trades, Trade::code, this.trades.ancestors(BatchResults.keys(trades, Trade::code)),
				List.of());
	}

}
