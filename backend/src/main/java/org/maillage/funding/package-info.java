/** Funding calls: published, imported from aides-territoires' JSON, and ranked for a problem or a working group. */
@org.springframework.modulith.ApplicationModule(displayName = "Funding opportunities")
package org.maillage.funding;
