package org.maillage.actor;

import org.springframework.test.context.TestPropertySource;

/**
 * Every list of {@link DirectoryPlansIntegrationTests} again, with filters answered by reading the name index in
 * order and checking each node, the plan of a filter matching more than {@code FacetedSearch.SORTABLE} actors when a
 * bounded walk has not met a page (no walk here): both plans must give the same pages. Its own database (a property differs), so its Corsican actors are alone too. Its
 * facets are counted over the first 3 matches only, as they are over the first 10,000 of a real directory.
 */
@TestPropertySource(properties = { "maillage.directory.sortable=0", "maillage.directory.walk=0",
		"maillage.directory.facet-window=3" })
class NameIndexDirectoryPlansIntegrationTests extends DirectoryPlansIntegrationTests {

}
