/**
 * Matchmaking: ranks actors for a problem with an explanation of every score, proposes working groups that cover a
 * problem's needs, and conglomerates along a value chain. Every query ranks only on what the caller may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matchmaking")
package org.maillage.matchmaking;
