/**
 * The decision-makers' observatory: a territory at a glance (actors by kind, sector and trade, shared equipment,
 * topics and problems, actors per inhabitant, over- and under-represented activities, its sub-territories ranked),
 * from figures the service computes over the whole graph every few minutes, counted per visibility level so that
 * each caller reads only what it may see (docs/observatory.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observatory")
package org.maillage.observatory;
