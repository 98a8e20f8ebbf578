/**
 * The trade taxonomy: NAF rev. 2, the French nomenclature of activities, from sections down to subclasses. Actors'
 * core trades point at its subclasses; filters on a code cover its whole subtree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trade taxonomy")
package org.maillage.taxonomy;
