/**
 * Reaching actors with their consent: decision-makers' and facilitators' segments (saved directory filters), the
 * export of a segment's consented contacts, and consultations (short questionnaires) that the reached actors' owners
 * answer once for their actor, with results aggregated per question and per département (docs/observatory.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package org.maillage.outreach;
