package org.maillage.actor;

/**
 * Where matchmaking places an actor to measure distances: the point the actor gave, else its commune's centre.
 *
 * @param precision whether the point is the actor's own or its commune's centre
 */
public record Position(double latitude, double longitude, PositionPrecision precision) {
}
