/**
 * Value chains: ordered steps from raw material to use, each with what it needs, described by facilitators and
 * decision-makers; matchmaking proposes conglomerates along them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Value chains")
package org.maillage.valuechain;
