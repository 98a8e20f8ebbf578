package org.maillage.taxonomy.graphql;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

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
		return byTrade(trades, this.trades.parents(codes(trades)), null);
	}

	@BatchMapping
	Map<Trade, List<Trade>> children(List<Trade> trades) {
		return byTrade(trades, this.trades.children(codes(trades)), List.of());
	}

	@BatchMapping
	Map<Trade, List<Trade>> ancestors(List<Trade> trades) {
		return byTrade(trades, this.trades.ancestors(codes(trades)), List.of());
	}

	private static List<String> codes(List<Trade> trades) {
		return trades.stream().map(Trade::code).distinct().toList();
	}

	private static <V> Map<Trade, V> byTrade(List<Trade> trades, Map<String, V> byCode, V absent) {
		Map<Trade, V> result = new LinkedHashMap<>();
		for (Trade trade : trades) {
			V value = byCode.getOrDefault(trade.code(), absent);
			if (value != null) {
				result.put(trade, value);
			}
		}
		return result;
	}

}
