/**
 * The audit trail: every mutation of the API — who, what, which target, when, and whether it was carried out —
 * readable by administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.maillage.audit;
