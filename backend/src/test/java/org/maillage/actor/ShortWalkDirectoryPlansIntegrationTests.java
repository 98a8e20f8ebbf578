package org.maillage.actor;

import org.springframework.test.context.TestPropertySource;

/**
 * Every list of {@link DirectoryPlansIntegrationTests} again, with filtered lists first walking only 3 nodes in name
 * order: most pages are not met in them and are then sorted from the lookup, some are (pages of 2 and the next one's
 * first), and both must give the pages the other plans give. Its own database (a property differs).
 */
@TestPropertySource(properties = "maillage.directory.walk=3")
class ShortWalkDirectoryPlansIntegrationTests extends DirectoryPlansIntegrationTests {

}
