/**
 * Claims of public-record profiles: a person becomes the owner of an imported actor nobody owns yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package org.maillage.claim;
