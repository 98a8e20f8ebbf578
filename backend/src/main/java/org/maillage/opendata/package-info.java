/**
 * Linked open data: every actor's public profile as JSON-LD, and a territory's public directory as NDJSON and CSV
 * dumps, under the Licence Ouverte 2.0 (docs/open-data.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package org.maillage.opendata;
