/**
 * Keeps the directory fresh: reminds by e-mail the owners of actors whose profiles nobody confirmed for a while
 * (docs/freshness.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Freshness")
package org.maillage.freshness;
