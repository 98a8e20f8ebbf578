/**
 * The actor directory: actors, their core trades, the know-how and equipment they share, the topics they will
 * work on, the problems they face and how to reach them, each item with the visibility its actor chose.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actors")
package org.maillage.actor;
