package org.maillage.actor;

import org.springframework.test.context.TestPropertySource;

/**
 * Every list of {@link DirectoryPlansIntegrationTests} again, with filters answered by reading the name index in
 * order and checking each node, the plan of a filter matching more than {@code FacetedSearch.SORTABLE} actors: both
 * plans must give the same pages. Its own database (a property differs), so its Corsican actors are alone too.
 */
@TestPropertySource(properties = "maillage.directory.sortable=0")
class NameIndexDirectoryPlansIntegrationTests extends DirectoryPlansIntegrationTests {

}
