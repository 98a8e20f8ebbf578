/**
 * Likely duplicate actors, listed for facilitators, who merge them (docs/import.md#duplicates).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duplicates")
package org.maillage.duplicate;
