/**
 * Bulk imports: SIRENE establishment files read as a stream into the directory's public-record profiles, with a dry
 * run, the rejected lines and their reasons, progress, and a resume after a crash (docs/import.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulk import")
package org.maillage.importing;
