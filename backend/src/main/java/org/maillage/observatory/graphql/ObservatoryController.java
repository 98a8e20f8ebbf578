package org.maillage.observatory.graphql;


import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.maillage.core.Connection;
import org.maillage.core.Messages;
import org.maillage.core.NotFoundException;
import org.maillage.core.PageRequest;
import org.maillage.observatory.CollaborationNetwork;
import org.maillage.observatory.NetworkInsight;
import org.maillage.observatory.OverviewFilter;
import org.maillage.observatory.RecurringProblem;
import org.maillage.observatory.RecurringProblems;
import org.maillage.observatory.TerritoryOverview;
import org.maillage.observatory.TerritoryOverview.SubTerritoryFigures;
import org.maillage.observatory.TerritoryOverviews;
import org.maillage.observatory.ValueChainCoverage;
import org.maillage.observatory.ValueChainCoverage.TerritoryCoverage;
import org.maillage.observatory.ValueChainCoverages;
import org.maillage.workspace.UsefulEffectTotal;
import org.maillage.workspace.UsefulEffects;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The observatory's views, open to every caller: each sees the counts of what it may see. */
@Controller
class ObservatoryController {

	private final TerritoryOverviews overviews;

	private final ValueChainCoverages coverages;

	private final Messages messages;

	private final RecurringProblems recurring;

	private final CollaborationNetwork network;

	private final UsefulEffects effects;

	ObservatoryController(TerritoryOverviews overviews, ValueChainCoverages coverages, RecurringProblems recurring,
			CollaborationNetwork network, UsefulEffects effects, Messages messages) {
		this.overviews = overviews;
		this.coverages = coverages;
		this.recurring = recurring;
		this.network = network;
		this.effects = effects;
		this.messages = messages;
	}

	@QueryMapping
	NetworkInsight networkInsights(@Argument String territory) {
		return this.network.of(territory);
	}

	@SchemaMapping(typeName = "NetworkInsights", field = "method")
	String networkMethod(NetworkInsight insight, Locale locale) {
		return this.messages.render(insight.method(), locale);
	}

	@QueryMapping
	RecurringProblems.Result recurringProblems(@Argument String territory, @Argument String since,
			@Argument String category) {
		return this.recurring.find(territory, since, category);
	}

	@SchemaMapping(typeName = "RecurringProblems", field = "method")
	String recurringMethod(RecurringProblems.Result result, Locale locale) {
		return this.messages.render(result.method(), locale);
	}

	@SchemaMapping(typeName = "RecurringProblems")
	Connection<RecurringProblem> groups(RecurringProblems.Result result, @Argument Integer first,
			@Argument String after) {
		return page(result.groups(), first, after);
	}

	@QueryMapping
	ValueChainCoverage valueChainCoverage(@Argument String valueChain, @Argument List<String> territories) {
		return this.coverages.cover(valueChain, territories);
	}

	@SchemaMapping
	String method(ValueChainCoverage coverage, Locale locale) {
		return this.messages.render(coverage.method(), locale);
	}

	@SchemaMapping(typeName = "TerritoryStepCoverage")
	List<String> concentration(TerritoryCoverage coverage, Locale locale) {
		return coverage.concentration().stream().map(message -> this.messages.render(message, locale)).toList();
	}

	@QueryMapping
	TerritoryOverview territoryOverview(@Argument String territory, @Argument OverviewFilterInput filter,
			@Argument Integer topics) {
		try {
			return this.overviews.overview(territory, filter == null ? OverviewFilter.NONE : filter.filter(),
					topics == null ? 20 : topics);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/** A page of the sub-territories, already ranked and bounded by the territories' hierarchy. */
	@SchemaMapping
	Connection<SubTerritoryFigures> subTerritories(TerritoryOverview overview, @Argument Integer first,
			@Argument String after) {
		return page(overview.subTerritories(), first, after);
	}

	/**
	 * The totals {@code usefulEffectTotals} gives the same caller, read at the request rather than from the stored
	 * figures: they follow each group's participants, which no visibility level stores (decision 25). Resolved here
	 * because the observatory reads the workspace's effects, as its report does, never the other way round.
	 */
	@SchemaMapping(typeName = "TerritoryOverview")
	List<UsefulEffectTotal> usefulEffects(TerritoryOverview overview, @Argument String valueChain,
			@Argument Boolean verifiedOnly, DataFetchingEnvironment env) {
		// the overview's own filter (kinds, sectors) narrows its effects to those benefiting such actors
		Map<String, Object> filter = env.getExecutionStepInfo().getParent().getArgument("filter");
		return this.effects.totals(overview.territory().id(), valueChain, Boolean.TRUE.equals(verifiedOnly),
				names(filter, "kinds"), names(filter, "sectors"));
	}

	/** The values of one list of the overview's filter, or null when it is not given (any value). */
	private static List<String> names(Map<String, Object> filter, String field) {
		Object values = filter == null ? null : filter.get(field);
		return values instanceof List<?> list && !list.isEmpty() ? list.stream().map(String::valueOf).toList() : null;
	}

	/** A page of a list already built and bounded. */
	private static <T> Connection<T> page(List<T> all, Integer first, String after) {
		PageRequest page = PageRequest.of(first, after);
		int from = (int) Math.min(page.offset(), all.size());
		return Connection.of(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size());
	}

	record OverviewFilterInput(List<String> kinds, List<String> sectors) {

		OverviewFilter filter() {
			return new OverviewFilter(empty(this.kinds), empty(this.sectors));
		}

		private static List<String> empty(List<String> values) {
			return values == null || values.isEmpty() ? null : values;
		}

	}

}
