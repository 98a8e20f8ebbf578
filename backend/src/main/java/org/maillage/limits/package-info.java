/**
 * What one request may ask of the service: the size of its body, the depth, cost and aliases of its GraphQL query,
 * and the time it may run; and the liveness check that tells an orchestrator when requests no longer end.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Request limits")
package org.maillage.limits;
