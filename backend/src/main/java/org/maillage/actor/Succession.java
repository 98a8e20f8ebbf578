package org.maillage.actor;

/**
 * A SIRENE succession link: the establishment {@code predecessor} continues as {@code successor} (a move, a
 * transfer), so the actor of the first is the actor of the second.
 */
public record Succession(String predecessor, String successor) {
}
