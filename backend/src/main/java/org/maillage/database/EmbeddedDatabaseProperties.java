package org.maillage.database;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded database, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDirectory where Neo4j keeps its files; kept across restarts
 * @param boltPort the loopback port Bolt listens on; 0 picks a free one at each start
 * @param pageCache memory Neo4j caches the store in, in Neo4j's notation ({@code 512m}, {@code 2g})
 * @param warmUp whether the store is read into the page cache in the background after each start, up to the page
 * cache's size ({@link PageCacheWarmUp})
 */
@Validated
@ConfigurationProperties("maillage.database.embedded")
public record EmbeddedDatabaseProperties(
		@NotNull @DefaultValue("data/neo4j") Path dataDirectory,
		@Min(0) @Max(65535) @DefaultValue("0") int boltPort,
		@NotNull @DefaultValue("256m") String pageCache,
		@DefaultValue("true") boolean warmUp) {
}
