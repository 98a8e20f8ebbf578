package org.maillage.outreach;

import java.time.Instant;

import org.maillage.actor.ActorFilter;

/**
 * A saved directory filter, its owner's: the actors it names are those the filter finds when it is used, not when it
 * was saved.
 */
public record Segment(String id, String name, ActorFilter filter, String ownerId, Instant createdAt) {
}
