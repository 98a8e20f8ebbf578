/**
 * What every feature shares: item visibility and the caller's read scope, Relay-style pagination, and the
 * domain errors that the API turns into classified GraphQL errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.maillage.core;
