package org.maillage.territory.graphql;

import java.util.List;
import java.util.Map;

import org.maillage.core.BatchResults;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;
import org.maillage.territory.Territories;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryFilter;
import org.maillage.territory.TerritoryLevel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TerritoryController {

	private final Territories territories;

	TerritoryController(Territories territories) {
		this.territories = territories;
	}

	@QueryMapping
	Territory territory(@Argument String id) {
		return this.territories.find(id).orElse(null);
	}

	@QueryMapping
	Connection<Territory> territories(@Argument TerritoryFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.territories.search(filter == null ? TerritoryFilter.NONE : filter, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Territory, List<Territory>> parents(List<Territory> children) {
		return BatchResults.byKey(children, Territory::id,
				this.territories.parents(BatchResults.keys(children, Territory::id)), List.of());
	}

	/** Paged, since a département holds hundreds of communes; one query per territory asked for. */
	@SchemaMapping
	Connection<Territory> children(Territory parent, @Argument TerritoryLevel level, @Argument Integer first,
			@Argument String after) {
		return this.territories.search(new TerritoryFilter(null, level, parent.id()), PageRequest.of(first, after));
	}

}
