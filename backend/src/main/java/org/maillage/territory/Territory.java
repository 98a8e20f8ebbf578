package org.maillage.territory;

/**
 * A territory.
 *
 * @param id level and code: "region:44", "departement:57", "epci:200039865", "commune:57463"
 * @param code INSEE code (SIREN for an EPCI)
 * @param name official name
 * @param level its level
 * @param population legal population when known
 */
public record Territory(String id, String code, String name, TerritoryLevel level, Integer population) {
}
