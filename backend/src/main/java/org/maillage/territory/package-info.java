/**
 * Territories as data: régions, départements, inter-municipal bodies (EPCI) and communes, with their hierarchy.
 * Another country's territories are another data set, not other code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territories")
package org.maillage.territory;
